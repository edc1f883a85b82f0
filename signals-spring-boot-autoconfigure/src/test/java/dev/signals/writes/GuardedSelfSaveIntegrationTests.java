package dev.signals.writes;

/**
 * The guarded self-save in an application without before-commit receivers.
 */
class GuardedSelfSaveIntegrationTests extends GuardedSelfSaveContract {

}
