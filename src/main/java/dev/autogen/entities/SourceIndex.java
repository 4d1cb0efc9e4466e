package dev.autogen.entities;

import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * Every type declared in the sources, by qualified and simple name, and the Java rules for
 * resolving a type name written in a file: nested and enclosing types, single imports, the same
 * package, star imports. No symbol solver: types outside the sources are simply not found.
 *
 * <p>Files the pre-scan deferred ({@link PreScan}) are parsed, under a lock, the first time a
 * look-up asks for a simple name they may declare; every file that may declare it is parsed then,
 * in path order, so a look-up answers as if every file had been parsed up front. Look-ups come from
 * several mapping threads at once (issue 18).
 */
final class SourceIndex {

  private final List<SourceFile> files = new ArrayList<>();
  private final List<TypeRef> types = new ArrayList<>();
  private final Map<String, TypeRef> byQualified = new ConcurrentHashMap<>();
  private final Map<String, List<TypeRef>> bySimple = new ConcurrentHashMap<>();
  private final Set<String> packages = new HashSet<>();
  private final List<SourceFile> packageInfos = new ArrayList<>();
  private final Map<String, List<Deferred>> deferred = new ConcurrentHashMap<>();
  private final Map<String, SourceProblem> unparsable = new ConcurrentHashMap<>();
  private final Set<Path> loaded = new HashSet<>();
  private final Function<Deferred, SourceFile> parser;

  SourceIndex(List<SourceFile> files) {
    this(
        files,
        List.of(),
        d -> {
          throw new IllegalStateException("no deferred files");
        });
  }

  /**
   * @param files the files parsed up front, in path order
   * @param later the files left unparsed, in path order
   * @param parser parses a deferred file (throws {@link SourceProblem} when it does not parse)
   */
  SourceIndex(List<SourceFile> files, List<Deferred> later, Function<Deferred, SourceFile> parser) {
    this.parser = parser;
    files.forEach(this::addFile);
    // fixed here: read without a lock by every look-up
    files.forEach(f -> packages.add(f.packageName()));
    // the pre-scan parses every package-info.java up front, so these are all of them
    files.stream()
        .filter(f -> f.path().getFileName().toString().equals("package-info.java"))
        .forEach(packageInfos::add);
    for (Deferred file : later) {
      packages.add(file.packageName());
      for (String name : file.names()) {
        deferred.computeIfAbsent(name, k -> new ArrayList<>()).add(file);
      }
    }
  }

  private void addFile(SourceFile file) {
    files.add(file);
    String prefix = file.packageName().isEmpty() ? "" : file.packageName() + ".";
    for (TypeDeclaration<?> type : file.unit().getTypes()) {
      add(file, type, prefix + type.getNameAsString(), Optional.empty());
    }
  }

  /** Parses the deferred files that may declare a type of that simple name, once. */
  private void ensureParsed(String simpleName) {
    SourceProblem failed = unparsable.get(simpleName);
    if (failed != null) {
      throw failed;
    }
    if (!deferred.containsKey(simpleName)) {
      return;
    }
    synchronized (this) {
      List<Deferred> pending = deferred.get(simpleName);
      if (pending == null) {
        return;
      }
      try {
        for (Deferred file : pending) {
          if (loaded.add(file.path())) {
            try {
              addFile(parser.apply(file));
            } catch (SourceProblem problem) {
              // every later look-up of any name the file may declare fails alike, whichever
              // thread asks first
              file.names().forEach(name -> unparsable.putIfAbsent(name, problem));
              throw problem;
            }
          }
        }
      } finally {
        // only now: a thread that finds the name gone must find its types indexed
        deferred.remove(simpleName);
      }
    }
  }

  private void add(
      SourceFile file, TypeDeclaration<?> type, String qualified, Optional<TypeRef> enclosing) {
    TypeRef ref = new TypeRef(file, type, qualified, enclosing);
    types.add(ref);
    byQualified.putIfAbsent(qualified, ref);
    bySimple.computeIfAbsent(type.getNameAsString(), k -> new CopyOnWriteArrayList<>()).add(ref);
    for (BodyDeclaration<?> member : type.getMembers()) {
      if (member instanceof TypeDeclaration<?> nested) {
        add(file, nested, qualified + "." + nested.getNameAsString(), Optional.of(ref));
      }
    }
  }

  /** Every {@code package-info.java}, in path order: their package declarations' annotations. */
  List<SourceFile> packageInfos() {
    return packageInfos;
  }

  /** The files parsed so far: all that may hold mappings, in path order, then deferred ones. */
  synchronized List<SourceFile> files() {
    return List.copyOf(files);
  }

  /**
   * The types declared in the files parsed so far, in file order, nested types after their
   * enclosing type: every type that may be a mapping, plus those look-ups have needed.
   */
  synchronized List<TypeRef> types() {
    return List.copyOf(types);
  }

  Optional<TypeRef> byQualifiedName(String qualified) {
    ensureParsed(qualified.substring(qualified.lastIndexOf('.') + 1));
    return Optional.ofNullable(byQualified.get(qualified));
  }

  /**
   * Resolves a type name as written (simple, {@code Outer.Inner} or fully qualified, without type
   * arguments) in {@code file}, inside {@code context} when the use is inside a type.
   */
  Optional<TypeRef> resolve(String written, SourceFile file, Optional<TypeRef> context) {
    int dot = written.indexOf('.');
    if (dot > 0) {
      Optional<TypeRef> head = resolveSimple(written.substring(0, dot), file, context);
      if (head.isPresent()) {
        return byQualifiedName(head.get().qualifiedName() + written.substring(dot));
      }
      return byQualifiedName(written);
    }
    return resolveSimple(written, file, context);
  }

  private Optional<TypeRef> resolveSimple(String name, SourceFile file, Optional<TypeRef> context) {
    for (Optional<TypeRef> c = context; c.isPresent(); c = c.get().enclosing()) {
      TypeRef type = c.get();
      if (type.simpleName().equals(name)) {
        return c;
      }
      Optional<TypeRef> member = byQualifiedName(type.qualifiedName() + "." + name);
      if (member.isPresent()) {
        return member;
      }
    }
    String imported = file.singleImports().get(name);
    if (imported != null) {
      return byQualifiedName(imported);
    }
    String prefix = file.packageName().isEmpty() ? "" : file.packageName() + ".";
    Optional<TypeRef> samePackage = byQualifiedName(prefix + name);
    if (samePackage.isPresent()) {
      return samePackage;
    }
    for (String star : file.starImports()) {
      Optional<TypeRef> viaStar = byQualifiedName(star + "." + name);
      if (viaStar.isPresent()) {
        return viaStar;
      }
    }
    // sources whose folders do not match their packages still resolve when the simple name is
    // unique, unless a star import of a library package could be the one supplying it
    boolean libraryStar = file.starImports().stream().anyMatch(s -> !packages.contains(s));
    ensureParsed(name);
    List<TypeRef> candidates = bySimple.getOrDefault(name, List.of());
    return candidates.size() == 1 && !libraryStar && !JdkTypes.isJavaLang(name)
        ? Optional.of(candidates.get(0))
        : Optional.empty();
  }
}
