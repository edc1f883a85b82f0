/**
 * Actuator support: the {@code signals} endpoint, which lists every receiver by entity and
 * switches receivers at run time, and the {@code signals} health contributor. Configured
 * when Spring Boot Actuator is there.
 */
@NullMarked
package dev.signals.actuate;

import org.jspecify.annotations.NullMarked;
