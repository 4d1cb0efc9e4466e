package dev.autogen.entities;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.PackageDeclaration;
import dev.autogen.model.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One parsed Java file with its package and imports, which is all name resolution needs.
 *
 * @param singleImports simple name to qualified name, from {@code import a.b.C;}
 * @param starImports the package (or type) names of {@code import a.b.*;}
 * @param staticImports member name to the qualified name of its type, from {@code import static
 *     a.b.C.NAME;}
 * @param staticStarImports the qualified type names of {@code import static a.b.C.*;}
 */
record SourceFile(
    Path path,
    CompilationUnit unit,
    String packageName,
    Map<String, String> singleImports,
    List<String> starImports,
    Map<String, String> staticImports,
    List<String> staticStarImports) {

  SourceFile {
    singleImports = Map.copyOf(singleImports);
    starImports = List.copyOf(starImports);
    staticImports = Map.copyOf(staticImports);
    staticStarImports = List.copyOf(staticStarImports);
  }

  static SourceFile of(Path path, CompilationUnit unit) {
    return of(path, unit, List.of());
  }

  /**
   * A file whose leading imports were read from its text ({@link PreScan#header}) instead of
   * parsed; any the text scan stopped before are still in the unit.
   */
  static SourceFile of(Path path, CompilationUnit unit, List<PreScan.Import> scanned) {
    List<PreScan.Import> imports = new ArrayList<>(scanned);
    for (ImportDeclaration imp : unit.getImports()) {
      imports.add(new PreScan.Import(imp.getNameAsString(), imp.isStatic(), imp.isAsterisk()));
    }
    String pkg = unit.getPackageDeclaration().map(PackageDeclaration::getNameAsString).orElse("");
    Map<String, String> single = new HashMap<>();
    List<String> star = new ArrayList<>();
    Map<String, String> staticSingle = new HashMap<>();
    List<String> staticStar = new ArrayList<>();
    for (PreScan.Import imp : imports) {
      String name = imp.name();
      if (imp.isStatic() && imp.isAsterisk()) {
        staticStar.add(name);
      } else if (imp.isStatic()) {
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
          // the same member name may be imported from two types (overloads); the first wins
          staticSingle.putIfAbsent(name.substring(dot + 1), name.substring(0, dot));
        }
      } else if (imp.isAsterisk()) {
        star.add(name);
      } else {
        single.put(name.substring(name.lastIndexOf('.') + 1), name);
      }
    }
    return new SourceFile(path, unit, pkg, single, star, staticSingle, staticStar);
  }

  /** The location of a node of this file (line 0 when the parser kept no position). */
  SourceLocation at(Node node) {
    return new SourceLocation(path, node.getBegin().map(p -> p.line).orElse(0));
  }
}
