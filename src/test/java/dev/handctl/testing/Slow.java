package dev.handctl.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test class of the slow tier: it loads the models or the native media libraries, reads
 * the shared videos, runs the daemon or another JVM. {@code mvn test} runs only the fast tier;
 * {@code mvn verify} runs this tier too (a second Surefire execution) and the desktop tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("slow")
public @interface Slow {}
