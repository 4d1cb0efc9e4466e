package dev.autogen.entities;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.printer.DefaultPrettyPrinter;
import dev.autogen.model.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds and parses every {@code .java} file under the source roots, in parallel on the read's
 * {@link Workers}: with {@link DeclarationParser} when the file's declarations take its common
 * forms, with JavaParser otherwise (and for every error message). JavaParser is not thread-safe, so
 * each worker thread gets its own parser.
 */
final class SourceParser {

  private final ThreadLocal<JavaParser> parsers = ThreadLocal.withInitial(SourceParser::newParser);
  private final TreePruner pruner = new TreePruner();
  private final DefaultPrettyPrinter printer = new DefaultPrettyPrinter();

  /**
   * The files of the source roots, in path order: parsed when the pre-scan says they may hold
   * mappings, deferred otherwise; the first parsed file (by path) that does not parse fails the
   * run.
   */
  Scanned scanAll(List<Path> roots, Workers workers) {
    List<Path> paths = javaFiles(roots);
    List<Outcome> outcomes =
        workers.map(paths, this::scan).stream().map(Workers.Outcome::get).toList();
    List<SourceFile> files = new ArrayList<>(outcomes.size());
    List<Deferred> deferred = new ArrayList<>();
    for (Outcome outcome : outcomes) {
      if (outcome.problem().isPresent()) {
        throw outcome.problem().get();
      }
      outcome.file().ifPresent(files::add);
      outcome.deferred().ifPresent(deferred::add);
    }
    return new Scanned(files, deferred);
  }

  /** Drops the calling thread's parser, which holds the last file it parsed (see {@link #load}). */
  void forgetThisThread() {
    parsers.remove();
  }

  /** The files parsed up front and those left for look-ups to parse, each in path order. */
  record Scanned(List<SourceFile> files, List<Deferred> deferred) {}

  /** A deferred file, parsed now: a look-up asked for a name it may declare. */
  SourceFile load(Deferred file) {
    Outcome outcome = parse(file.path(), file.text());
    if (outcome.problem().isPresent()) {
      throw outcome.problem().get();
    }
    return outcome.file().orElseThrow();
  }

  private static List<Path> javaFiles(List<Path> roots) {
    List<Path> paths = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.isDirectory(root)) {
        throw new SourceProblem(
            new SourceLocation(root, 0), "source root is not a directory: " + root);
      }
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(p -> p.getFileName().toString().endsWith(".java"))
            .filter(Files::isRegularFile)
            .sorted()
            .forEach(paths::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return paths;
  }

  private Outcome scan(Path path) {
    String text;
    try {
      text = read(path);
    } catch (IOException e) {
      return Outcome.failed(new SourceProblem(new SourceLocation(path, 0), "cannot read: " + e));
    }
    if (!PreScan.mayMap(path, text)) {
      return new Outcome(
          Optional.empty(),
          Optional.of(
              new Deferred(path, text, PreScan.packageName(text), PreScan.declaredNames(text))),
          Optional.empty());
    }
    return parse(path, text);
  }

  private Outcome parse(Path path, String text) {
    try {
      return parseChecked(path, text);
    } catch (TreePruner.TooDeep e) {
      return Outcome.failed(
          new SourceProblem(
              new SourceLocation(path, e.line),
              "cannot read: nested more than " + TreePruner.MAX_DEPTH + " levels deep"));
    } catch (StackOverflowError e) {
      // JavaParser's recursive descent on hostile nesting (thousands of unary operators, say)
      return Outcome.failed(
          new SourceProblem(new SourceLocation(path, 0), "cannot parse: nested too deeply"));
    }
  }

  private Outcome parseChecked(Path path, String text) {
    // imports read from the text need no tokens and nodes; when the header is not plain, or the
    // rest does not parse, the whole text is parsed so that errors read as they always did
    Optional<PreScan.Header> header = PreScan.header(text);
    if (header.isPresent()) {
      // declarations in the common forms take the fast path; everything else, JavaParser's
      Optional<CompilationUnit> declarations = DeclarationParser.parse(header.get().body());
      if (declarations.isPresent()) {
        return parsed(path, declarations.get(), Optional.of(header.get().imports()));
      }
      ParseResult<CompilationUnit> result = parsers.get().parse(header.get().body());
      if (result.isSuccessful() && result.getResult().isPresent()) {
        return parsed(path, result.getResult().get(), Optional.of(header.get().imports()));
      }
    }
    ParseResult<CompilationUnit> result = parsers.get().parse(text);
    if (!result.isSuccessful() || result.getResult().isEmpty()) {
      Problem first = result.getProblems().get(0);
      int line =
          first
              .getLocation()
              .flatMap(range -> range.getBegin().getRange())
              .map(r -> r.begin.line)
              .orElse(0);
      String message = first.getMessage().lines().findFirst().orElse("syntax error");
      return Outcome.failed(
          new SourceProblem(new SourceLocation(path, line), "cannot parse: " + message));
    }
    return parsed(path, result.getResult().get(), Optional.empty());
  }

  private Outcome parsed(Path path, CompilationUnit unit, Optional<List<PreScan.Import>> imports) {
    // Node.toString() otherwise creates its file's printer on first use, writing the unit's data
    // map: files are read by several mapping threads at once (a shared superclass, say). One
    // printer serves all files: it makes a new visitor for each print, its configuration is only
    // read, and one per file was 16 objects each for the collector to copy (issue 18)
    unit.printer(printer);
    SourceFile file =
        imports.isPresent() ? SourceFile.of(path, unit, imports.get()) : SourceFile.of(path, unit);
    pruner.prune(unit);
    return new Outcome(Optional.of(file), Optional.empty(), Optional.empty());
  }

  private static String read(Path path) throws IOException {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (MalformedInputException e) {
      // old code bases still hold Latin-1 sources; their identifiers are what matters here
      return Files.readString(path, StandardCharsets.ISO_8859_1);
    }
  }

  private static JavaParser newParser() {
    return new JavaParser(ParserSetup.configuration());
  }

  private record Outcome(
      Optional<SourceFile> file, Optional<Deferred> deferred, Optional<SourceProblem> problem) {
    static Outcome failed(SourceProblem problem) {
      return new Outcome(Optional.empty(), Optional.empty(), Optional.of(problem));
    }
  }
}
