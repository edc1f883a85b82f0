package dev.signals.sample;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged blog, {@code target/sample-blog-app-<version>.jar}, is an executable jar:
 * {@code java -jar} starts it on H2 with no setup, and on PostgreSQL with the
 * {@code postgres} profile, and it serves its pages and its API. Run by Failsafe after the
 * jar is repackaged ({@code ./mvnw verify}), not by Surefire.
 */
class PackagedJarIntegrationTests {

	private static final Duration STARTUP = Duration.ofSeconds(120);

	private static final Pattern RUNNING = Pattern.compile("Blog running at (http://localhost:\\d+)");

	private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void javaDashJarRunsTheBlogOnH2() throws Exception {
		try (RunningJar blog = RunningJar.start("h2", Map.of())) {
			assertServesSeededBlog(blog.url());
		}
	}

	@Test
	void javaDashJarRunsTheBlogOnPostgresqlWithThePostgresProfile() throws Exception {
		String schema = System.getProperty("blog.test-schema", "blog_it") + "_jar";
		dropSchema(schema);
		try (RunningJar blog = RunningJar.start("postgres",
				Map.of("BLOG_DB_URL", POSTGRES + "?currentSchema=" + schema), "--spring.profiles.active=postgres",
				"--spring.flyway.schemas=" + schema)) {
			assertServesSeededBlog(blog.url());
			try (Connection connection = DriverManager.getConnection(POSTGRES, "postgres", "");
					Statement statement = connection.createStatement()) {
				ResultSet articles = statement.executeQuery("select count(*) from " + schema + ".article");
				assertThat(articles.next()).isTrue();
				assertThat(articles.getLong(1)).as("seeded articles in " + schema).isEqualTo(3);
			}
		}
		finally {
			dropSchema(schema);
		}
	}

	private void assertServesSeededBlog(String url) throws Exception {
		HttpResponse<String> articles = get(url + "/api/articles", "application/json");
		assertThat(articles.statusCode()).isEqualTo(200);
		assertThat(articles.body()).contains("\"slug\":\"notes-on-the-analytical-engine\"");
		HttpResponse<String> home = get(url + "/", "text/html");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Signals blog", "Why we need compilers");
	}

	private HttpResponse<String> get(String url, String accept) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static void dropSchema(String schema) throws SQLException {
		try (Connection connection = DriverManager.getConnection(POSTGRES, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + schema + " cascade");
		}
	}

	/**
	 * The jar started with {@code java -jar} on a free port, its output in
	 * {@code target/packaged-jar-<name>.log}; stopped on close.
	 */
	private static final class RunningJar implements AutoCloseable {

		private final Process process;

		private final String url;

		private RunningJar(Process process, String url) {
			this.process = process;
			this.url = url;
		}

		static RunningJar start(String name, Map<String, String> environment, String... arguments)
				throws IOException, InterruptedException {
			Path jar = Path.of(System.getProperty("blog.jar", "target/sample-blog-app-0.1.0-SNAPSHOT.jar"));
			assertThat(jar).as("the packaged blog (built by ./mvnw package)").exists();
			Path log = Path.of("target", "packaged-jar-" + name + ".log");
			List<String> command = new ArrayList<>(List.of(java(), "-jar", jar.toString(), "--server.port=0"));
			command.addAll(List.of(arguments));
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile());
			builder.environment().putAll(environment);
			Process process = builder.start();
			try {
				return new RunningJar(process, awaitUrl(process, log));
			}
			catch (AssertionError | RuntimeException | InterruptedException ex) {
				stop(process);
				throw ex;
			}
		}

		String url() {
			return this.url;
		}

		private static String java() {
			return Path.of(System.getProperty("java.home"), "bin", "java").toString();
		}

		private static String awaitUrl(Process process, Path log) throws IOException, InterruptedException {
			Instant deadline = Instant.now().plus(STARTUP);
			while (Instant.now().isBefore(deadline)) {
				String output = Files.readString(log);
				Matcher running = RUNNING.matcher(output);
				if (running.find()) {
					return running.group(1);
				}
				assertThat(process.isAlive()).as("java -jar exited before the blog ran:%n%s", output).isTrue();
				Thread.sleep(200);
			}
			throw new AssertionError("The blog did not start within " + STARTUP + ":\n" + Files.readString(log));
		}

		private static void stop(Process process) {
			process.destroy();
			try {
				if (!process.waitFor(30, TimeUnit.SECONDS)) {
					process.destroyForcibly();
				}
			}
			catch (InterruptedException ex) {
				process.destroyForcibly();
				Thread.currentThread().interrupt();
			}
		}

		@Override
		public void close() {
			stop(this.process);
		}

	}

}
