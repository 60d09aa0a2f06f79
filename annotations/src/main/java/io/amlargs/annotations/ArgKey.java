package io.amlargs.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a method of an {@link ArgsConfig} interface to a documented key whose name differs from
 * the method's, such as {@code @ArgKey("vm_size") String size()}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.SOURCE)
public @interface ArgKey {

    /** The key as the docs page names it, such as {@code vm_size} or {@code _cloud}. */
    String value();
}
