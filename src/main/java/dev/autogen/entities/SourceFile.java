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
 */
record SourceFile(
    Path path,
    CompilationUnit unit,
    String packageName,
    Map<String, String> singleImports,
    List<String> starImports) {

  SourceFile {
    singleImports = Map.copyOf(singleImports);
    starImports = List.copyOf(starImports);
  }

  static SourceFile of(Path path, CompilationUnit unit) {
    String pkg = unit.getPackageDeclaration().map(PackageDeclaration::getNameAsString).orElse("");
    Map<String, String> single = new HashMap<>();
    List<String> star = new ArrayList<>();
    for (ImportDeclaration imp : unit.getImports()) {
      if (imp.isStatic()) {
        continue;
      }
      String name = imp.getNameAsString();
      if (imp.isAsterisk()) {
        star.add(name);
      } else {
        single.put(name.substring(name.lastIndexOf('.') + 1), name);
      }
    }
    return new SourceFile(path, unit, pkg, single, star);
  }

  /** The location of a node of this file (line 0 when the parser kept no position). */
  SourceLocation at(Node node) {
    return new SourceLocation(path, node.getBegin().map(p -> p.line).orElse(0));
  }
}
