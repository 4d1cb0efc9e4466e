package dev.autogen.entities;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.Processor;
import com.github.javaparser.Providers;
import com.github.javaparser.ast.CompilationUnit;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The JavaParser configuration the reader parses with: the Java 21 grammar (records, sealed types,
 * switch expressions with {@code yield}, text blocks), no comment attribution, no detection of the
 * line separator, and no language level pass after parsing. That pass validates every tree against
 * the language level (a second walk of each tree: about half of all parsing time, issue 6) and
 * turns {@code var} of local variables into a type node; the reader reads sources that compile and
 * never looks at local variables, so it needs neither.
 */
final class ParserSetup {

  /** A declaration only the validator rejects: two access modifiers. */
  private static final String INVALID_BUT_GRAMMATICAL = "class A { private public int x; }";

  private ParserSetup() {}

  static ParserConfiguration configuration() {
    ParserConfiguration config = base();
    config.getProcessors().removeIf(processor -> Validating.CLASSES.contains(type(processor)));
    return config;
  }

  /**
   * The classes of the processors that validate. JavaParser exposes its post-parse processors only
   * as suppliers of anonymous classes; the language level's one is recognised by what it does,
   * which survives JavaParser's renumbering. Found once per JVM: each reading thread builds its own
   * parser, and the probes (a parse each, cold) were 6 % of a 1,000-entity read's CPU samples when
   * every thread ran them (issue 18).
   */
  private static final class Validating {
    static final Set<Class<?>> CLASSES = find();

    private static Set<Class<?>> find() {
      ParserConfiguration config = base();
      Set<Class<?>> found = new HashSet<>();
      for (Supplier<Processor> processor : config.getProcessors()) {
        if (validates(processor, config)) {
          found.add(type(processor));
        }
      }
      return Set.copyOf(found);
    }
  }

  private static Class<?> type(Supplier<Processor> processor) {
    return processor.get().getClass();
  }

  private static ParserConfiguration base() {
    return new ParserConfiguration()
        .setLanguageLevel(LanguageLevel.JAVA_21)
        .setAttributeComments(false)
        // a check of every character that serves only printing source back; the token list
        // stays: JavaParser derives every node's line from it (TreePruner drops it afterwards)
        .setDetectOriginalLineSeparator(false);
  }

  private static boolean validates(Supplier<Processor> processor, ParserConfiguration config) {
    ParseResult<CompilationUnit> probe =
        new JavaParser(new ParserConfiguration().setLanguageLevel(LanguageLevel.RAW))
            .parse(INVALID_BUT_GRAMMATICAL);
    if (!probe.isSuccessful()) {
      return false;
    }
    // a processor sees its input before parsing (the line-ending one needs that) and the tree after
    Processor instance = processor.get();
    instance.preProcess(Providers.provider(INVALID_BUT_GRAMMATICAL));
    instance.postProcess(probe, config);
    return !probe.getProblems().isEmpty();
  }
}
