package dev.signals.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.signals.sample.BlogApi.Reply;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fixed set of malformed requests, each wrong in one way (a missing, unknown or mistyped
 * field, hostile text, a body that is not JSON, a wrong media type or method, an id that is
 * not one), sent to every endpoint of the JSON API: each is refused with a 4xx problem
 * detail, none is a 5xx, and no table gains, loses or changes a row. (Tomcat itself refuses
 * a path with an encoded NUL, {@code %00}, with a 400 of its own before the blog sees it.)
 */
class MalformedRequestsIntegrationTests extends BlogTestSupport {

	private static final List<String> TABLES = List.of("author", "author_profile", "author_follower", "tag", "article",
			"article_tag", "comment", "notification", "search_document");

	private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void everyMalformedRequestIsRefusedWithA4xxProblemAndWritesNothing() {
		BlogApi api = api();
		long author = api.createAuthor("Fuzzed " + this.run);
		long follower = api.createAuthor("Fuzz follower " + this.run);
		long article = api.createArticle(author, "Fuzzed " + this.run, "text", List.of("fuzzed-" + this.run))
			.json()
			.get("id")
			.asLong();
		List<Request> requests = requests(author, follower, article);
		assertThat(requests).hasSizeGreaterThanOrEqualTo(100);
		Map<String, Long> rowsBefore = rows();
		String articleBefore = api.get("/api/articles/" + article).json().toString();

		List<String> wrong = new ArrayList<>();
		for (Request request : requests) {
			Reply reply = api.send(request.method(), request.path(), request.headers(), request.body());
			boolean refused = reply.status() >= 400 && reply.status() < 500;
			boolean problem = "application/problem+json".equals(reply.contentType()) && reply.json().get("detail") != null;
			if (!refused || !(problem || request.refusedByTomcat())) {
				wrong.add(request + " -> " + reply.status() + " " + reply.contentType() + " " + reply.json());
			}
		}

		assertThat(wrong).as("requests not refused with a 4xx problem detail").isEmpty();
		assertThat(rows()).as("rows of each table").isEqualTo(rowsBefore);
		assertThat(api.get("/api/articles/" + article).json().toString()).isEqualTo(articleBefore);
		assertTagCountsMatchTheJoinTable();
	}

	private List<Request> requests(long author, long follower, long article) {
		List<Request> requests = new ArrayList<>();
		Map<String, String> articleFields = new LinkedHashMap<>();
		articleFields.put("authorId", String.valueOf(author));
		articleFields.put("title", "\"Fuzz\"");
		articleFields.put("body", "\"text\"");
		articleFields.put("slug", "\"fuzz-" + this.run + "\"");
		articleFields.put("tags", "[\"fuzz\"]");
		Map<String, List<String>> badArticleValues = new LinkedHashMap<>();
		badArticleValues.put("authorId", List.of("null", "\"" + author + "\"", author + ".5", author + ".0", "1e3", "true",
				"[]", "{}", "-1", "0", "987654321", "99999999999999999999", "\"\""));
		badArticleValues.put("title", List.of("null", "123", "true", "[]", "{}", "\"\"", "\"   \"", "\"\\u200b\"",
				"\"\\u00a0\\u2060\"", "\"a\\u0000b\"", "\"\\ud800x\"", "\"x\\udc00\"", "\"a\\nb\"", "\"bell\\u0007\"",
				"\"" + "t".repeat(201) + "\"", "\"" + "t".repeat(1_000_000) + "\""));
		badArticleValues.put("body", List.of("null", "123", "false", "[\"text\"]", "{}", "\"\"", "\"\\u0000\"",
				"\"\\udfff\"", "\"\\u200b\\n\\t\"", "\"esc\\u001b[31m\"", "\"" + "b".repeat(20001) + "\""));
		badArticleValues.put("slug", List.of("1", "true", "[]", "{}", "\"Not A Slug\"", "\"a--b\"", "\"-a\"",
				"\"" + "s".repeat(201) + "\"", "\"\\u0000\""));
		badArticleValues.put("tags", List.of("\"java\"", "[1]", "[null]", "[\"\"]", "[\"not ok\"]",
				"[\"" + "x".repeat(41) + "\"]", "[\"\\u0000\"]", "{}", "[[]]", "[{}]", "[true]", tags(21)));
		for (Map.Entry<String, List<String>> field : badArticleValues.entrySet()) {
			for (String value : field.getValue()) {
				Map<String, String> fields = new LinkedHashMap<>(articleFields);
				fields.put(field.getKey(), value);
				requests.add(json(HttpMethod.POST, "/api/articles", object(fields)));
				if (!field.getKey().equals("slug") && !field.getKey().equals("authorId")) {
					requests.add(json(HttpMethod.PUT, "/api/articles/" + article, object(fields)));
				}
			}
		}
		for (String required : List.of("authorId", "title", "body")) {
			Map<String, String> fields = new LinkedHashMap<>(articleFields);
			fields.remove(required);
			requests.add(json(HttpMethod.POST, "/api/articles", object(fields)));
			requests.add(json(HttpMethod.PUT, "/api/articles/" + article, object(fields)));
		}
		Map<String, String> unknown = new LinkedHashMap<>(articleFields);
		unknown.put("titel", "\"typo\"");
		requests.add(json(HttpMethod.POST, "/api/articles", object(unknown)));
		requests.add(json(HttpMethod.PUT, "/api/articles/" + article, object(unknown)));
		requests.add(json(HttpMethod.POST, "/api/articles", "{\"title\":\"a\",\"title\":\"b\",\"body\":\"b\",\"authorId\":"
				+ author + "}"));
		requests.add(json(HttpMethod.PUT, "/api/articles/" + article,
				object(Map.of("authorId", String.valueOf(follower), "title", "\"t\"", "body", "\"b\""))));

		for (String body : List.of("{", "", "[]", "\"text\"", "null", "{\"title\":}", "{} {}", "{\"tags\":[]} x",
				"[".repeat(2000) + "]".repeat(2000), "{\"tags\":[\"a\"", "\u0000", "{'tags':[]}")) {
			requests.add(json(HttpMethod.POST, "/api/articles", body));
			requests.add(json(HttpMethod.PUT, "/api/articles/" + article + "/tags", body));
		}

		for (String tags : List.of("{}", "{\"tag\":[\"x\"]}", "{\"tags\":null}", "{\"tags\":\"x\"}", "{\"tags\":[1,2]}",
				"{\"tags\":[null]}", "{\"tags\":[\"ok\",\"not ok\"]}", "{\"tags\":" + tags(21) + "}",
				"{\"tags\":[\"x\"],\"extra\":true}", "{\"tags\":[\"\\u0000\"]}")) {
			requests.add(json(HttpMethod.PUT, "/api/articles/" + article + "/tags", tags));
		}

		for (String comment : List.of("{}", "{\"authorName\":\"Ann\"}", "{\"body\":\"Hi\"}",
				"{\"authorName\":\"Ann\\u0000\",\"body\":\"Hi\"}", "{\"authorName\":\"Ann\",\"body\":\"\\u0000\"}",
				"{\"authorName\":\"\\u200b\",\"body\":\"Hi\"}", "{\"authorName\":1,\"body\":\"Hi\"}",
				"{\"authorName\":\"Ann\",\"body\":[\"Hi\"]}", "{\"authorName\":\"Ann\",\"body\":\"Hi\",\"rating\":5}",
				"{\"authorName\":\"" + "n".repeat(81) + "\",\"body\":\"Hi\"}",
				"{\"authorName\":\"Ann\",\"body\":\"" + "b".repeat(2001) + "\"}")) {
			requests.add(json(HttpMethod.POST, "/api/articles/" + article + "/comments", comment));
		}

		for (String name : List.of("{}", "{\"name\":null}", "{\"name\":\"\"}", "{\"name\":\"\\u200b\\u200c\"}",
				"{\"name\":\"Nul\\u0000\"}", "{\"name\":\"\\ud800\"}", "{\"name\":42}", "{\"name\":[\"Ann\"]}",
				"{\"name\":\"Ann\",\"nickname\":\"A\"}", "{\"name\":\"" + "n".repeat(81) + "\"}",
				"{\"name\":\"Fuzzed " + this.run + "\"}")) {
			requests.add(json(HttpMethod.POST, "/api/authors", name));
		}

		for (String follow : List.of("{}", "{\"followerId\":null}", "{\"followerId\":\"" + follower + "\"}",
				"{\"followerId\":1.5}", "{\"followerId\":" + author + "}", "{\"followerId\":987654321}",
				"{\"follower\":" + follower + "}")) {
			requests.add(json(HttpMethod.POST, "/api/authors/" + author + "/followers", follow));
		}

		String validArticle = object(articleFields);
		Map<String, String> xml = Map.of("Accept", "application/xml", "Content-Type", "application/json");
		requests.add(new Request(HttpMethod.POST, "/api/articles", xml, validArticle));
		requests.add(new Request(HttpMethod.PUT, "/api/articles/" + article, xml, validArticle));
		requests.add(new Request(HttpMethod.PUT, "/api/articles/" + article + "/tags", xml, "{\"tags\":[]}"));
		requests.add(new Request(HttpMethod.POST, "/api/articles/" + article + "/publish", xml, null));
		requests.add(new Request(HttpMethod.POST, "/api/articles/" + article + "/comments", xml,
				"{\"authorName\":\"Ann\",\"body\":\"Hi\"}"));
		requests.add(new Request(HttpMethod.DELETE, "/api/articles/" + article, xml, null));
		requests.add(new Request(HttpMethod.POST, "/api/authors", xml, "{\"name\":\"Xml " + this.run + "\"}"));
		requests.add(new Request(HttpMethod.POST, "/api/authors/" + author + "/followers", xml,
				"{\"followerId\":" + follower + "}"));
		for (String contentType : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")) {
			requests.add(new Request(HttpMethod.POST, "/api/articles", Map.of("Content-Type", contentType), validArticle));
			requests.add(new Request(HttpMethod.POST, "/api/authors", Map.of("Content-Type", contentType),
					"name=Form"));
		}
		requests.add(new Request(HttpMethod.POST, "/api/authors", Map.of(), "{\"name\":\"No type " + this.run + "\"}"));

		for (String id : List.of("abc", "-1", "0", "987654321", "1.5", "99999999999999999999", "%00", "%01", "%20")) {
			requests.add(json(HttpMethod.PUT, "/api/articles/" + id, validArticle));
			requests.add(json(HttpMethod.PUT, "/api/articles/" + id + "/tags", "{\"tags\":[]}"));
			requests.add(new Request(HttpMethod.POST, "/api/articles/" + id + "/publish", Map.of(), null));
			requests.add(new Request(HttpMethod.DELETE, "/api/articles/" + id, Map.of(), null));
			requests.add(json(HttpMethod.POST, "/api/authors/" + id + "/followers", "{\"followerId\":" + follower + "}"));
		}
		for (String path : List.of("/api/search?q=%00", "/api/search?q=%01", "/api/search?q=a%00b",
				"/api/search?q=" + "q".repeat(201), "/api/tags/%00", "/api/tags/%00/articles", "/api/tags/%01",
				"/api/tags/%E2%80%8B/articles", "/api/tags/not%20a%20tag",
				"/api/authors/abc/notifications", "/api/no-such-thing")) {
			requests.add(new Request(HttpMethod.GET, path, Map.of(), null));
		}
		requests.add(new Request(HttpMethod.DELETE, "/api/tags", Map.of(), null));
		requests.add(new Request(HttpMethod.PATCH, "/api/articles/" + article, JSON, "{\"title\":\"Patched\"}"));
		requests.add(new Request(HttpMethod.PUT, "/api/authors", JSON, "{\"name\":\"Put\"}"));
		requests.add(new Request(HttpMethod.POST, "/api/tags", JSON, "{\"name\":\"posted\"}"));
		return requests;
	}

	private static String tags(int count) {
		return IntStream.range(0, count).mapToObj((i) -> "\"t" + i + "\"").collect(Collectors.joining(",", "[", "]"));
	}

	private static String object(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((field) -> "\"" + field.getKey() + "\":" + field.getValue())
			.collect(Collectors.joining(",", "{", "}"));
	}

	private static Request json(HttpMethod method, String path, String body) {
		return new Request(method, path, JSON, body);
	}

	private Map<String, Long> rows() {
		Map<String, Long> rows = new LinkedHashMap<>();
		for (String table : TABLES) {
			rows.put(table, count("select count(*) from " + table));
		}
		rows.put("sum of tag counters", count("select coalesce(sum(article_count), 0) from tag"));
		return rows;
	}

	/**
	 * A request as the test sends it.
	 *
	 * @param method the method
	 * @param path the path, query included, percent-encoded as sent
	 * @param headers the headers
	 * @param body the body as sent, {@code null} for none
	 */
	record Request(HttpMethod method, String path, Map<String, String> headers, String body) {

		boolean refusedByTomcat() {
			return this.path.contains("%00");
		}

		@Override
		public String toString() {
			String shown = (this.body == null) ? "" : (this.body.length() > 120) ? this.body.substring(0, 120) + "…" : this.body;
			return this.method + " " + ((this.path.length() > 120) ? this.path.substring(0, 120) + "…" : this.path) + " "
					+ this.headers + " " + shown;
		}

	}

}
