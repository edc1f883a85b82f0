/**
 * Django's request signals for Spring MVC applications: {@link dev.signals.RequestStarted},
 * {@link dev.signals.GotRequestException} and {@link dev.signals.RequestFinished}, sent by a
 * servlet filter.
 */
@NullMarked
package dev.signals.web;

import org.jspecify.annotations.NullMarked;
