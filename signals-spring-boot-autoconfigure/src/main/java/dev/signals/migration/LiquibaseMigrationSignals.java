package dev.signals.migration;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.signals.MigrationTool;
import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.visitor.DefaultChangeExecListener;
import liquibase.integration.spring.Customizer;
import liquibase.integration.spring.SpringLiquibase;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Reports the update that each {@link SpringLiquibase} bean runs when it is initialized:
 * started when Liquibase is ready to update, finished with the changesets it deployed once
 * the initialization has returned. A bean that does not run ({@code shouldRun} false)
 * reports nothing, and one that fails finishes without a report.
 *
 * <p>The deployed changesets are what Liquibase reports to the {@code ChangeExecListener}
 * set here, before the application's own {@code Customizer<Liquibase>} runs: one that sets
 * a listener of its own replaces it, and the update then reports no changesets.
 */
final class LiquibaseMigrationSignals implements BeanPostProcessor {

	private final ObjectProvider<MigrationSignals> signals;

	private final Map<SpringLiquibase, DefaultChangeExecListener> running = new ConcurrentHashMap<>();

	LiquibaseMigrationSignals(ObjectProvider<MigrationSignals> signals) {
		this.signals = signals;
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof SpringLiquibase springLiquibase) {
			Customizer<Liquibase> existing = springLiquibase.getCustomizer();
			springLiquibase.setCustomizer((liquibase) -> {
				DefaultChangeExecListener deployed = new DefaultChangeExecListener();
				liquibase.setChangeExecListener(deployed);
				if (existing != null) {
					existing.customize(liquibase);
				}
				this.running.put(springLiquibase, deployed);
				this.signals.getObject().started(MigrationTool.LIQUIBASE);
			});
		}
		return bean;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof SpringLiquibase springLiquibase) {
			DefaultChangeExecListener deployed = this.running.remove(springLiquibase);
			if (deployed != null) {
				List<String> changeSets = deployed.getDeployedChangeSets()
					.stream()
					.map(LiquibaseMigrationSignals::describe)
					.toList();
				this.signals.getObject().finished(MigrationTool.LIQUIBASE, changeSets);
			}
		}
		return bean;
	}

	private static String describe(ChangeSet changeSet) {
		return changeSet.getFilePath() + "::" + changeSet.getId() + "::" + changeSet.getAuthor();
	}

}
