package dev.signals.bench.e2e.django.signals;

import dev.signals.bench.e2e.BenchInfrastructure;
import dev.signals.bench.e2e.django.TagCounter;
import dev.signals.bench.e2e.model.BenchTag;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Import;

/**
 * The application of the Django seeds' workload with signals: {@link SignalledArticle}, its
 * repository, the tags and their counter; the variant adds {@link ArticleReceivers}.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@EntityScan(basePackageClasses = { SignalledArticle.class, BenchTag.class })
@Import({ BenchInfrastructure.class, TagCounter.class })
public class SignalledArticleApplication {

}
