package dev.autogen.cli;

import picocli.CommandLine.Option;

/**
 * Options that tune classification and planning: size thresholds for severities, backfill batches,
 * narrowing. Each may also come from the config file under the same name without the dashes.
 */
final class PlanningOptions {

  @Option(
      names = "--warn-rows",
      description = "Tables with at least this many rows make size-sensitive hazards warnings.")
  Long warnRows;

  @Option(
      names = "--error-rows",
      description = "Tables with at least this many rows make size-sensitive hazards errors.")
  Long errorRows;

  @Option(names = "--batch-size", description = "Rows per backfill batch (default: 10000).")
  Integer batchSize;

  @Option(
      names = "--batch-pause",
      description = "Pause between backfill batches in milliseconds (default: 0).")
  Long batchPauseMillis;

  @Option(
      names = "--allow-narrowing",
      description =
          "Plan type or length narrowings (checked before converting) instead of refusing them.")
  Boolean allowNarrowing;

  @Option(
      names = "--allow-copy",
      description =
          "MySQL/MariaDB: write a change the server can only make by copying a table over"
              + " --error-rows with ALGORITHM=COPY (writes wait for the copy) instead of refusing it.")
  Boolean allowCopy;

  @Option(
      names = "--online-schema-change",
      paramLabel = "TOOL",
      description =
          "MySQL/MariaDB: hand such a change to an online schema change tool instead: pt-osc"
              + " (pt-online-schema-change).")
  String onlineSchemaChange;
}
