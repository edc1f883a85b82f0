package dev.signals.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * A client of the blog's JSON API that returns every answer, error or not.
 */
final class BlogApi {

	private final RestClient client;

	BlogApi(String baseUrl) {
		this.client = RestClient.builder().baseUrl(baseUrl).build();
	}

	Reply get(String path) {
		return exchange(this.client.get().uri(path));
	}

	Reply post(String path, Object body) {
		return exchange(this.client.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body));
	}

	Reply put(String path, Object body) {
		return exchange(this.client.put().uri(path).contentType(MediaType.APPLICATION_JSON).body(body));
	}

	Reply delete(String path) {
		return exchange(this.client.delete().uri(path));
	}

	long createAuthor(String name) {
		return post("/api/authors", Map.of("name", name)).json().get("id").asLong();
	}

	Reply createArticle(long authorId, String title, String body, List<String> tags) {
		return post("/api/articles", Map.of("authorId", authorId, "title", title, "body", body, "tags", tags));
	}

	private static Reply exchange(RestClient.RequestHeadersSpec<?> request) {
		return request.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
			.exchange((req, response) -> new Reply(response.getStatusCode().value(), response.bodyTo(JsonNode.class)));
	}

	/**
	 * An answer: its status and JSON body ({@code null} when empty).
	 *
	 * @param status the HTTP status code
	 * @param json the body
	 */
	record Reply(int status, JsonNode json) {

		/**
		 * A field of each element of an array field of the body.
		 * @param arrayField the array field
		 * @param field the field of its elements
		 * @return the values as text
		 */
		List<String> texts(String arrayField, String field) {
			return texts(this.json.get(arrayField), field);
		}

		/**
		 * A field of each element of a body that is an array.
		 * @param field the field of its elements
		 * @return the values as text
		 */
		List<String> texts(String field) {
			return texts(this.json, field);
		}

		private static List<String> texts(JsonNode array, String field) {
			List<String> values = new ArrayList<>();
			array.forEach((element) -> values.add(element.get(field).asString()));
			return values;
		}

	}

}
