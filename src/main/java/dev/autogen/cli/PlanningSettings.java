package dev.autogen.cli;

import dev.autogen.classify.ClassifierSettings;
import dev.autogen.plan.CopyRoute;
import dev.autogen.plan.PlanOptions;
import java.util.Map;
import java.util.Properties;

/**
 * Resolved {@link PlanningOptions}: the classifier's thresholds and the planner's batch and
 * narrowing settings.
 */
record PlanningSettings(
    ClassifierSettings classifier,
    int batchSize,
    long batchPauseMillis,
    boolean allowNarrowing,
    CopyRoute copyRoute) {

  static final java.util.List<String> KEYS =
      java.util.List.of(
          "warn-rows",
          "error-rows",
          "batch-size",
          "batch-pause",
          "allow-narrowing",
          "allow-copy",
          "online-schema-change");

  static PlanningSettings resolve(PlanningOptions o, Properties props) {
    ClassifierSettings d = ClassifierSettings.defaults();
    long warn = o.warnRows != null ? o.warnRows : number(props, "warn-rows", d.warnRows());
    long error = o.errorRows != null ? o.errorRows : number(props, "error-rows", d.errorRows());
    ClassifierSettings classifier;
    try {
      classifier =
          new ClassifierSettings(warn, Math.max(error, warn), d.warnBytes(), d.errorBytes());
      if (error < warn) {
        throw new IllegalArgumentException("--error-rows must be at least --warn-rows");
      }
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCode.USAGE, e.getMessage());
    }
    long batch =
        o.batchSize != null
            ? o.batchSize
            : number(props, "batch-size", PlanOptions.DEFAULT_BATCH_SIZE);
    if (batch < 1 || batch > Integer.MAX_VALUE) {
      throw new UserError(ExitCode.USAGE, "--batch-size must be a positive number of rows");
    }
    long pause = o.batchPauseMillis != null ? o.batchPauseMillis : number(props, "batch-pause", 0);
    if (pause < 0) {
      throw new UserError(ExitCode.USAGE, "--batch-pause must not be negative");
    }
    boolean narrowing =
        o.allowNarrowing != null
            ? o.allowNarrowing
            : Boolean.parseBoolean(props.getProperty("allow-narrowing", "false").trim());
    return new PlanningSettings(classifier, (int) batch, pause, narrowing, copyRoute(o, props));
  }

  /** {@code --allow-copy} or {@code --online-schema-change pt-osc}, not both; else refuse. */
  private static CopyRoute copyRoute(PlanningOptions o, Properties props) {
    boolean allowCopy =
        o.allowCopy != null
            ? o.allowCopy
            : Boolean.parseBoolean(props.getProperty("allow-copy", "false").trim());
    String tool =
        o.onlineSchemaChange != null
            ? o.onlineSchemaChange
            : props.getProperty("online-schema-change", "").trim();
    if (!tool.isEmpty() && !tool.equals("pt-osc")) {
      throw new UserError(
          ExitCode.USAGE,
          "--online-schema-change "
              + tool
              + " is not supported (use pt-osc; docs/mysql.md shows the same step with gh-ost)");
    }
    if (allowCopy && !tool.isEmpty()) {
      throw new UserError(
          ExitCode.USAGE, "give either --allow-copy or --online-schema-change, not both");
    }
    return allowCopy ? CopyRoute.ALLOW_COPY : tool.isEmpty() ? CopyRoute.REFUSE : CopyRoute.PT_OSC;
  }

  static PlanningSettings defaults() {
    return new PlanningSettings(
        ClassifierSettings.defaults(), PlanOptions.DEFAULT_BATCH_SIZE, 0, false, CopyRoute.REFUSE);
  }

  PlanOptions planOptions(Map<String, String> backfills) {
    return new PlanOptions(backfills)
        .withBatches(batchSize, batchPauseMillis)
        .withAllowNarrowing(allowNarrowing);
  }

  private static long number(Properties props, String key, long fallback) {
    String v = props.getProperty(key);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      return Long.parseLong(v.trim().replace("_", ""));
    } catch (NumberFormatException e) {
      throw new UserError(ExitCode.USAGE, key + " must be a number, got '" + v + "'");
    }
  }
}
