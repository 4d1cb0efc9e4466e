package dev.autogen.entities;

import dev.autogen.dialect.JdbcKind;
import dev.autogen.model.Check;
import dev.autogen.model.Column;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Identifier;
import dev.autogen.model.ReferentialAction;
import dev.autogen.model.SqlType;
import java.util.List;
import java.util.Optional;

/**
 * The key of a {@code Map} collection as Hibernate 7 maps it into the collection's table: a basic
 * key is a NOT NULL column {@code @MapKeyColumn(name)} or {@code <field>_KEY} (typed by the key
 * class, {@code @MapKeyEnumerated} and {@code @MapKeyTemporal}); an entity key is a NOT NULL join
 * column {@code @MapKeyJoinColumn(name)} or {@code <field>_KEY} with a foreign key to the key
 * entity; {@code @MapKey} on a join table names the target's id, whose join column is the key
 * already. The table's primary key is then the owner's columns and the key's.
 */
final class MapKeys {

  private final MappingContext ctx;
  private final EntityCatalog catalog;
  private final EnumMapper enums;

  MapKeys(MappingContext ctx, EntityCatalog catalog) {
    this.ctx = ctx;
    this.catalog = catalog;
    this.enums = new EnumMapper(ctx);
  }

  /**
   * Adds the key of the map field to {@code table} and returns its column, or empty (with a
   * warning) when autogen cannot map that key yet.
   *
   * @param target the target entity and its join column in {@code table}, for a join table
   */
  Optional<Identifier> add(
      TableBuilder table,
      PersistentField field,
      Optional<EntityInfo> target,
      Optional<Identifier> targetColumn) {
    Optional<AnnotationValues> mapKey = ctx.jpa(field.declaration(), field.owner(), "MapKey");
    if (mapKey.isPresent()) {
      return targetAttribute(field, mapKey.get(), target, targetColumn);
    }
    JavaType keyType = JavaType.mapKey(field, ctx.index()).orElseThrow();
    Optional<AnnotationValues> keyJoin =
        ctx.jpa(field.declaration(), field.owner(), "MapKeyJoinColumn");
    Optional<EntityInfo> keyEntity = catalog.entity(keyType.name(), field);
    if (keyJoin.isPresent() || keyEntity.isPresent()) {
      return entityKey(table, field, keyType, keyEntity, keyJoin);
    }
    return basicKey(table, field, keyType);
  }

  /** {@code @MapKey}: a target attribute is the key; only the target's id is in a join table. */
  private Optional<Identifier> targetAttribute(
      PersistentField field,
      AnnotationValues mapKey,
      Optional<EntityInfo> target,
      Optional<Identifier> targetColumn) {
    Optional<String> name = mapKey.string("name");
    boolean isId =
        target.isPresent()
            && (name.isEmpty()
                || catalog.fields(target.get()).idColumns().stream()
                    .anyMatch(c -> c.logicalName().equals(name.get())));
    if (targetColumn.isPresent() && isId) {
      return targetColumn;
    }
    warn(field, mapKey, "@MapKey of an attribute other than the target's id in a join table");
    return Optional.empty();
  }

  private Optional<Identifier> entityKey(
      TableBuilder table,
      PersistentField field,
      JavaType keyType,
      Optional<EntityInfo> keyEntity,
      Optional<AnnotationValues> keyJoin) {
    if (keyEntity.isEmpty()) {
      warn(field, keyJoin.get(), "a map key " + keyType.name() + " that is not an entity");
      return Optional.empty();
    }
    List<MappedColumn> ids = catalog.fields(keyEntity.get()).idColumns();
    if (ids.size() != 1) {
      ctx.diagnostics()
          .warn(
              field.file(),
              field.variable(),
              "an entity map key with a composite id is not supported yet; field '"
                  + field.name()
                  + "' has no key");
      return Optional.empty();
    }
    String name = keyJoin.flatMap(j -> j.string("name")).orElse(field.name() + "_KEY");
    Identifier column = ctx.names().physical(name);
    MappedColumn key = ids.get(0);
    table.addColumn(
        new Column(column, key.column().type(), false, Optional.empty(), Optional.empty()),
        field.file().at(field.variable()));
    table.addForeignKey(
        new ForeignKey(
            ctx.names()
                .generated("", List.of(table.name(), column), ctx.names().foreignKeySuffix()),
            List.of(column),
            keyEntity.get().table(),
            List.of(key.column().name()),
            ReferentialAction.NO_ACTION,
            ReferentialAction.NO_ACTION));
    return Optional.of(column);
  }

  private Optional<Identifier> basicKey(TableBuilder table, PersistentField field, JavaType key) {
    Optional<AnnotationValues> column = ctx.jpa(field.declaration(), field.owner(), "MapKeyColumn");
    Identifier name =
        ctx.names().physical(column.flatMap(c -> c.string("name")).orElse(field.name() + "_KEY"));
    Optional<EnumMapper.EnumColumn> enumColumn =
        enums.map(
            field,
            key,
            name,
            column,
            ctx.jpa(field.declaration(), field.owner(), "MapKeyEnumerated"));
    Optional<SqlType> type;
    if (enumColumn.isPresent()) {
      type = Optional.of(enumColumn.get().type());
    } else {
      Optional<String> temporal =
          ctx.jpa(field.declaration(), field.owner(), "MapKeyTemporal")
              .flatMap(t -> t.enumConstant("value", "TemporalType", TypeMapping.TEMPORAL_TYPES));
      Optional<JdbcKind> kind = ctx.kind(key.name(), false, temporal);
      type = kind.map(k -> ctx.dialect().types().forKind(k, ColumnMapper.size(k, key, column)));
    }
    if (type.isEmpty()) {
      ctx.diagnostics()
          .warn(
              field.file(),
              field.variable(),
              "map key type "
                  + key.name()
                  + " is not supported yet; field '"
                  + field.name()
                  + "' has no key");
      return Optional.empty();
    }
    table.addColumn(
        new Column(name, type.get(), false, Optional.empty(), Optional.empty()),
        new ValueEncoding(enumColumn.flatMap(EnumMapper.EnumColumn::constants), Optional.empty()),
        field.file().at(field.variable()));
    enumColumn
        .flatMap(EnumMapper.EnumColumn::check)
        .ifPresent(
            c ->
                table.addCheck(
                    new Check(ctx.names().generated("", List.of(table.name(), name), "check"), c)));
    return Optional.of(name);
  }

  private void warn(PersistentField field, AnnotationValues at, String what) {
    ctx.diagnostics()
        .warn(
            field.file(),
            at.annotation(),
            what + " is not supported yet; field '" + field.name() + "' has no key");
  }
}
