package dev.autogen.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.mysql.MysqlDialect;
import dev.autogen.dialect.mysql.MysqlFlavour;
import dev.autogen.diff.ChangeSet;
import dev.autogen.diff.ColumnTypeChanged;
import dev.autogen.model.Column;
import dev.autogen.model.Identifier;
import dev.autogen.model.SqlType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared rules speak MySQL's terms where its capabilities say so. */
class MysqlClassifierTest {

  private static final Dialect MARIADB = MysqlDialect.create(MysqlFlavour.MARIADB);
  private static final Identifier USERS = Identifier.of("users");

  private static Assessment typeChange(SqlType from, SqlType to) {
    ColumnTypeChanged change =
        new ColumnTypeChanged(USERS, Column.of("name", from, true), Column.of("name", to, true));
    return new Classifier(MARIADB, List.of())
        .classify(new ChangeSet(List.of(change), List.of()))
        .get(0);
  }

  @Test
  void aRebuildingTypeChangeIsACopyThatBlocksWritesAndEveryStatementAutoCommits() {
    Assessment a = typeChange(SqlType.of("int"), SqlType.of("bigint"));
    assertThat(a.hazards())
        .extracting(Hazard::code)
        .contains(HazardCode.TABLE_REWRITE, HazardCode.BLOCKING_LOCK, HazardCode.AUTOCOMMIT_DDL);
    assertThat(a.hazards())
        .filteredOn(h -> h.code() == HazardCode.BLOCKING_LOCK)
        .singleElement()
        .satisfies(
            h -> assertThat(h.message()).contains("ALGORITHM=COPY").contains("metadata lock"));
  }

  @Test
  void extendingAVarcharWithinItsLengthByteIsInPlace() {
    Assessment inPlace = typeChange(SqlType.of("varchar", 100), SqlType.of("varchar", 200));
    Assessment copy = typeChange(SqlType.of("varchar", 50), SqlType.of("varchar", 100));
    assertThat(inPlace.hazards()).extracting(Hazard::code).doesNotContain(HazardCode.TABLE_REWRITE);
    assertThat(copy.hazards()).extracting(Hazard::code).contains(HazardCode.TABLE_REWRITE);
  }
}
