package dev.autogen.it;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;

/**
 * Spring Boot's {@code SpringImplicitNamingStrategy} (spring-boot is not a dependency): Hibernate's
 * JPA-compliant implicit naming except that a join table is named {@code <owning physical
 * table>_<owning attribute>}. Spring Boot sets it beside {@code
 * CamelCaseToUnderscoresNamingStrategy} by default.
 */
public final class SpringImplicitNaming extends ImplicitNamingStrategyJpaCompliantImpl {

  @Override
  public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
    String name =
        source.getOwningPhysicalTableName()
            + "_"
            + source.getAssociationOwningAttributePath().getProperty();
    return toIdentifier(name, source.getBuildingContext());
  }
}
