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
}
