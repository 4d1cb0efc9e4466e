package dev.autogen.it;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated round trips (issue 14): random valid schema pairs A → B ({@link PairGenerator}) with
 * rows, each planned, applied, checked and downgraded on the local PostgreSQL ({@link RoundTrip}).
 * The number of pairs is jqwik's default tries, which the build sets from {@code -Dautogen.rounds}
 * (pom.xml); a failure shrinks to a small pair, which belongs in {@code RoundTripRegressionIT}.
 */
class RoundTripIT {

  @Property
  void everyGeneratedPairRoundTrips(@ForAll("pairs") List<Integer> choices) throws Exception {
    SchemaPair pair = PairGenerator.generate(choices);
    try {
      RoundTrip.run(pair);
    } catch (AssertionError | Exception e) {
      throw new AssertionError(e.getMessage() + "\n" + pair, e);
    }
  }

  @Provide
  Arbitrary<List<Integer>> pairs() {
    return Arbitraries.integers().between(0, 1000).list().ofMinSize(0).ofMaxSize(120);
  }
}
