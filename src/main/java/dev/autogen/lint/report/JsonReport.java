package dev.autogen.lint.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.autogen.lint.Finding;
import dev.autogen.lint.Severity;
import java.io.PrintWriter;

/**
 * The report as JSON: {@code {"files":[...], "entitySources":{"roots":[...],"from":...},
 * "findings":[{file,line,code,severity,...}], "summary":{...}}} ({@code entitySources} when the run
 * says which it read).
 */
public final class JsonReport {
  private JsonReport() {}

  public static void write(PrintWriter out, LintReport report) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    ArrayNode files = root.putArray("files");
    report.files().forEach(files::add);
    report
        .entitySources()
        .ifPresent(
            e -> {
              ObjectNode sources = root.putObject("entitySources");
              e.roots().forEach(sources.putArray("roots")::add);
              sources.put("from", e.from());
            });
    ArrayNode findings = root.putArray("findings");
    for (Finding f : report.findings()) {
      ObjectNode n = findings.addObject();
      n.put("file", f.file());
      n.put("line", f.line());
      n.put("code", f.rule().code());
      n.put("severity", f.rule().severity().word());
      n.put("message", f.message());
      n.put("safeAlternative", f.rule().alternative());
      n.put("suppressed", f.suppressed());
      f.allowedBecause().ifPresent(r -> n.put("reason", r));
    }
    ObjectNode summary = root.putObject("summary");
    summary.put("errors", report.count(Severity.ERROR));
    summary.put("warnings", report.count(Severity.WARNING));
    summary.put("allowed", report.suppressedCount());
    try {
      out.println(mapper.writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
