package dev.signals.autoconfigure;

import dev.signals.M2MChanged;
import dev.signals.ModelSignal;
import dev.signals.PostSave;
import dev.signals.PreSave;
import dev.signals.SaveSignal;
import dev.signals.SignalReceiver;
import dev.signals.SignalType;
import dev.signals.it.Animal;
import dev.signals.it.Article;
import dev.signals.it.Car;
import dev.signals.it.Dog;
import dev.signals.it.Person;
import dev.signals.it.Shelf;
import dev.signals.it.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Receivers that name an attribute no entity they receive has (in {@code field} or in a
 * change condition) fail startup, once the persistence unit of the test entities exists on
 * the PostgreSQL server; the report names the method, the attribute and the valid names.
 * The schema is not touched.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReceiverAttributesCheckIntegrationTests {

	private static final String[] DATABASE = { "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test",
			"spring.datasource.username=postgres", "spring.jpa.hibernate.ddl-auto=none" };

	private static final String ARTICLE_ATTRIBUTES = "[author, body, comments, slug, status, tags, title, wordCount]";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				HibernateJpaAutoConfiguration.class, SignalsAutoConfiguration.class))
		.withPropertyValues(DATABASE)
		.withUserConfiguration(TestEntities.class);

	private FailureAnalysis startupFailure(Class<?> receiverClass) {
		FailureAnalysis[] analysis = new FailureAnalysis[1];
		this.contextRunner.withBean(receiverClass).run((context) -> {
			assertThat(context).hasFailed();
			analysis[0] = new SignalsFailureAnalyzer().analyze(context.getStartupFailure());
		});
		assertThat(analysis[0]).as("analysis of the startup failure").isNotNull();
		return analysis[0];
	}

	private void assertStarts(Class<?> receiverClass) {
		this.contextRunner.withBean(receiverClass).run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void aSaveFieldThatIsNoAttributeOfTheSenderFailsStartupListingTheAttributes() {
		FailureAnalysis analysis = startupFailure(MisspelledSaveField.class);

		String method = MisspelledSaveField.class.getName() + ".saved";
		assertThat(analysis.getDescription()).contains(method, "field 'titel'",
				"not a persistent attribute of " + Article.class.getName(), ARTICLE_ATTRIBUTES);
		assertThat(analysis.getAction()).contains(method, "'titel'", ARTICLE_ATTRIBUTES);
	}

	@Test
	void aSaveFieldOfATypeListedReceiverIsChecked() {
		FailureAnalysis analysis = startupFailure(ListedTypeField.class);

		assertThat(analysis.getDescription()).contains(ListedTypeField.class.getName() + ".saving", "'wordcount'",
				ARTICLE_ATTRIBUTES);
	}

	@Test
	void aSaveFieldThatNoEntityItReceivesHasNamesThemAllAndTheirAttributes() {
		FailureAnalysis analysis = startupFailure(CarSpeedField.class);

		assertThat(analysis.getDescription()).contains(CarSpeedField.class.getName() + ".saved", "'speed'",
				"dev.signals.it.Car, dev.signals.it.SportsCar", "[model, topSpeed]");
	}

	@Test
	void saveFieldsOfTheSenderOrOfAnEntityThatExtendsItStart() {
		assertStarts(ValidSaveFields.class);
	}

	@Test
	void anM2MFieldThatIsNoManyToManyCollectionFailsStartupListingTheCollections() {
		FailureAnalysis analysis = startupFailure(AttributeAsM2MField.class);

		String method = AttributeAsM2MField.class.getName() + ".related";
		assertThat(analysis.getDescription()).contains(method, "field 'title'",
				"not a many-to-many collection of " + Article.class.getName(), "[tags]");
		assertThat(analysis.getAction()).contains(method, "'title'", "[tags]");
	}

	@Test
	void m2mFieldsOfBothSidesInheritedOrInsideAnEmbeddableStart() {
		assertStarts(ValidM2MFields.class);
	}

	@Test
	void aConditionThatAsksAboutAnUnknownAttributeFailsStartupListingTheAttributes() {
		FailureAnalysis analysis = startupFailure(MisspelledConditionAttribute.class);

		String method = MisspelledConditionAttribute.class.getName() + ".published";
		assertThat(analysis.getDescription()).contains(method, "changedTo('staus', 'PUBLISHED')", "'staus'",
				Article.class.getName(), ARTICLE_ATTRIBUTES);
		assertThat(analysis.getAction()).contains(method, "'staus'", ARTICLE_ATTRIBUTES);
	}

	@Test
	void aConditionThatAsksTheSignalVariableAboutAnUnknownAttributeFailsStartup() {
		FailureAnalysis analysis = startupFailure(SignalVariableCondition.class);

		assertThat(analysis.getDescription()).contains(SignalVariableCondition.class.getName() + ".saved",
				"asks about 'titel'", ARTICLE_ATTRIBUTES)
			.doesNotContain("asks about 'body'");
	}

	@Test
	void conditionsThatAskAboutAttributesOfTheEntitiesTheyReceiveStart() {
		assertStarts(ValidConditions.class);
	}

	@Test
	void theReportOfASpringBootApplicationNamesTheMethodTheFieldAndTheValidNames(CapturedOutput output) {
		Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(MisspelledFieldApplication.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.run(arguments(DATABASE))
			.close());

		assertThat(failure).isNotNull();
		assertThat(output).contains("APPLICATION FAILED TO START", "Description:",
				"@SignalReceiver method " + MisspelledSaveField.class.getName() + ".saved declares field 'titel'",
				"Action:", "Name one of " + ARTICLE_ATTRIBUTES);
	}

	private static String[] arguments(String[] properties) {
		String[] arguments = new String[properties.length];
		for (int i = 0; i < properties.length; i++) {
			arguments[i] = "--" + properties[i];
		}
		return arguments;
	}

	@Configuration(proxyBeanMethods = false)
	@AutoConfigurationPackage(basePackageClasses = Article.class)
	static class TestEntities {

	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
			SignalsAutoConfiguration.class })
	@Import({ TestEntities.class, MisspelledSaveField.class })
	static class MisspelledFieldApplication {

	}

	static class MisspelledSaveField {

		@SignalReceiver(field = { "title", "titel" })
		public void saved(PostSave<Article> signal) {
		}

	}

	static class ListedTypeField {

		@SignalReceiver(value = SignalType.PRE_SAVE, sender = Article.class, field = "wordcount")
		public void saving(ModelSignal<?> signal) {
		}

	}

	static class CarSpeedField {

		@SignalReceiver(field = "speed")
		public void saved(PostSave<Car> signal) {
		}

	}

	static class ValidSaveFields {

		@SignalReceiver(field = { "title", "tags", "author" })
		public void article(SaveSignal<Article> signal) {
		}

		@SignalReceiver(field = "topSpeed")
		public void car(PostSave<Car> signal) {
		}

		@SignalReceiver(field = "breed")
		public void animal(PreSave<Animal> signal) {
		}

		@SignalReceiver(field = "name")
		public void anyEntity(PostSave<Object> signal) {
		}

	}

	static class AttributeAsM2MField {

		@SignalReceiver(field = "title")
		public void related(M2MChanged<Article> signal) {
		}

	}

	static class ValidM2MFields {

		@SignalReceiver(field = "tags")
		public void article(M2MChanged<Article> signal) {
		}

		@SignalReceiver(field = "articles")
		public void tag(M2MChanged<Tag> signal) {
		}

		@SignalReceiver(field = "tags")
		public void shelf(M2MChanged<Shelf> signal) {
		}

		@SignalReceiver(field = "zoos")
		public void dog(M2MChanged<Dog> signal) {
		}

		@SignalReceiver(field = { "fans", "idols" })
		public void person(M2MChanged<Person> signal) {
		}

	}

	static class MisspelledConditionAttribute {

		@SignalReceiver(condition = "changedTo('staus', 'PUBLISHED')")
		public void published(PostSave<Article> signal) {
		}

	}

	static class SignalVariableCondition {

		@SignalReceiver(condition = "changed('body') or #signal.previous('titel') != null")
		public void saved(PostSave<Article> signal) {
		}

	}

	static class ValidConditions {

		@SignalReceiver(
				condition = "changedTo('status', 'PUBLISHED') and #signal.previous('title') != #root.current('title')")
		public void article(PostSave<Article> signal) {
		}

		@SignalReceiver(condition = "changed('topSpeed') or instance.model.contains('changed')")
		public void car(PreSave<Car> signal) {
		}

		@SignalReceiver(condition = "updateFields().?[#this.startsWith('t')].size() > 0")
		public void selection(PostSave<Article> signal) {
		}

		@SignalReceiver(condition = "@auditTrail.changed('not an attribute') and instance.title.contains('previous')")
		public void otherObjects(PostSave<Article> signal) {
		}

	}

}
