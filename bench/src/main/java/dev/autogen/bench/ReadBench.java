package dev.autogen.bench;

import dev.autogen.dialect.Dialects;
import dev.autogen.entities.EntityModel;
import dev.autogen.entities.EntityReader;
import dev.autogen.entities.NamingStrategy;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

/**
 * Entity reading alone, in one JVM: for each round its wall time and the process's CPU time (all
 * threads; what a loaded machine barely moves), and a hash of the schema and warnings read, so
 * that two builds can be compared for speed and sameness. Usage: {@code ReadBench ENTITY_DIR
 * ROUNDS}; {@code bench/run.sh read N ROUNDS} writes the workload and runs it.
 */
public final class ReadBench {

  private ReadBench() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int rounds = Integer.parseInt(args[1]);
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (int round = 1; round <= rounds; round++) {
      // each round starts from a collected heap, as a fresh process does: otherwise a warm round
      // pays for collecting the previous round's trees (a full collection at 5,000 entities)
      System.gc();
      long wall = System.nanoTime();
      long cpu = os.getProcessCpuTime();
      EntityModel model =
          new EntityReader(Dialects.forUrl("jdbc:postgresql://x/y"), NamingStrategy.JPA)
              .read(List.of(dir));
      System.out.printf(
          "round %d: %.0f ms wall, %.0f ms CPU, %d tables, schema hash %08x, %d warnings%n",
          round,
          (System.nanoTime() - wall) / 1e6,
          (os.getProcessCpuTime() - cpu) / 1e6,
          model.desired().tables().size(),
          (model.desired().toString() + model.warnings()).hashCode(),
          model.warnings().size());
    }
  }
}
