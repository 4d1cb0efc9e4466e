package dev.autogen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Tells autogen that an entity's table or a field's column used to have another name, so that the
 * migration renames it instead of dropping and re-creating it. autogen reads sources, so it
 * recognises any annotation whose simple name is {@code RenamedFrom}: projects may declare their
 * own copy instead of depending on this one.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD})
public @interface RenamedFrom {

  /** The previous table or column name, as it is in the database (quote it to keep its case). */
  String value();
}
