/**
 * Spring Boot auto-configuration of model signals.
 */
@NullMarked
package dev.signals.autoconfigure;

import org.jspecify.annotations.NullMarked;
