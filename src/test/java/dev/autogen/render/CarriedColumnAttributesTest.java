package dev.autogen.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.mysql.MysqlDialect;
import dev.autogen.dialect.mysql.MysqlFlavour;
import dev.autogen.model.Column;
import dev.autogen.model.ColumnAttributes;
import dev.autogen.model.Identifier;
import dev.autogen.model.SqlType;
import dev.autogen.plan.AddColumn;
import dev.autogen.plan.CreateSyncTrigger;
import dev.autogen.plan.MigrationPlan;
import dev.autogen.plan.Operation;
import dev.autogen.plan.Phase;
import dev.autogen.plan.RenameColumn;
import dev.autogen.plan.SetNotNull;
import dev.autogen.plan.Step;
import dev.autogen.plan.Value;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The columns a plan makes as copies of current ones keep their character set, collation, comment.
 */
class CarriedColumnAttributesTest {

  private static final Identifier NOTES = Identifier.of("notes");
  private static final Column TITLE = Column.of("title", SqlType.of("varchar", 20), false);
  private static final Column HEADING = Column.of("heading", SqlType.of("varchar", 40), true);
  private static final ColumnAttributes LATIN =
      new ColumnAttributes(
          NOTES,
          TITLE.name(),
          Optional.of("latin1"),
          Optional.of("latin1_general_cs"),
          Optional.of("shown in lists"));

  private static MigrationPlan plan(List<Operation> upgrade, List<Operation> downgrade) {
    return new MigrationPlan(
        List.of(
            new Step(Phase.EXPAND, "", "t", "w", "n", true, true, upgrade, downgrade, List.of())));
  }

  private static CreateSyncTrigger sync(Column from, Column to) {
    return new CreateSyncTrigger(
        NOTES,
        from,
        to,
        new Value.FromColumn(from.name(), Optional.empty()),
        new Value.FromColumn(to.name(), Optional.empty()));
  }

  /**
   * The new column of a rename (kept in step by a trigger, then the old one dropped) is added and
   * later tightened with the old column's attributes: the statements restate them.
   */
  @Test
  void aColumnKeptInStepWithACurrentOneIsAddedAndModifiedWithItsAttributes() {
    MigrationPlan plan =
        plan(
            List.of(new AddColumn(NOTES, HEADING), sync(TITLE, HEADING)),
            List.of(new SetNotNull(NOTES, HEADING.withNullable(true))));
    List<ColumnAttributes> carried = CarriedColumnAttributes.of(plan, List.of(LATIN));
    assertThat(carried)
        .contains(
            LATIN,
            new ColumnAttributes(
                NOTES, HEADING.name(), LATIN.characterSet(), LATIN.collation(), LATIN.comment()));

    Dialect mariadb = MysqlDialect.create(MysqlFlavour.MARIADB);
    Renderer renderer =
        new Renderer(mariadb, TemplateSource.bundled()).withColumnAttributes(carried);
    assertThat(renderer.statement(new AddColumn(NOTES, HEADING)))
        .contains("`heading` varchar(40) CHARACTER SET latin1 COLLATE latin1_general_cs")
        .contains("COMMENT 'shown in lists'");
    assertThat(renderer.statement(new SetNotNull(NOTES, HEADING)))
        .contains("CHARACTER SET latin1 COLLATE latin1_general_cs NOT NULL")
        .contains("COMMENT 'shown in lists'");
  }

  /** A swap's chain: old to shadow by a trigger, old renamed to retired, shadow into its place. */
  @Test
  void attributesFollowRenamesAndChainsAndNeverOverwriteAColumnsOwn() {
    Identifier retired = Identifier.of("title_autogen_old");
    Identifier shadow = Identifier.of("title_autogen_new");
    ColumnAttributes own =
        new ColumnAttributes(
            NOTES,
            Identifier.of("body"),
            Optional.empty(),
            Optional.of("utf8mb4_bin"),
            Optional.empty());
    MigrationPlan plan =
        plan(
            List.of(
                sync(TITLE, TITLE.withName(shadow)),
                new RenameColumn(NOTES, TITLE.name(), retired),
                new RenameColumn(NOTES, shadow, TITLE.name()),
                sync(TITLE.withName(retired), Column.of("body", SqlType.of("text"), true))),
            List.of());
    List<ColumnAttributes> carried = CarriedColumnAttributes.of(plan, List.of(LATIN, own));
    assertThat(carried)
        .extracting(ColumnAttributes::column)
        .containsExactlyInAnyOrder(TITLE.name(), shadow, retired, own.column());
    assertThat(carried).contains(own);
    assertThat(CarriedColumnAttributes.of(plan, List.of())).isEmpty();
  }
}
