package dev.signals.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestExecutionListeners;

/**
 * Records every signal sent during each test method of a Spring test class, in the spirit of
 * Spring's {@code @RecordApplicationEvents}. Inject {@link RecordedSignals} into the test
 * and assert with {@link RecordedSignalsAssert#assertThat(RecordedSignals)}:
 * <pre class="code">
 * &#64;SpringBootTest
 * &#64;RecordSignals
 * class ArticleTests {
 *
 *     &#64;Autowired RecordedSignals signals;
 *
 *     &#64;Test
 *     void savingSendsSaveSignals() {
 *         articles.save(new Article("Hello"));
 *         assertThat(signals).ofEntity(Article.class).hasTypes(PRE_SAVE, POST_SAVE);
 *     }
 * }
 * </pre>
 * Signals are recorded when they are delivered, before any other receiver of them runs,
 * whatever phase their receivers have.
 *
 * @since 0.1.0
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@TestExecutionListeners(listeners = SignalRecordingTestExecutionListener.class,
		mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface RecordSignals {

}
