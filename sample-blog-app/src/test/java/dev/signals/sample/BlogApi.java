package dev.signals.sample;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;

/**
 * A client of the blog's JSON API that returns every answer, error or not.
 */
final class BlogApi {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final String baseUrl;

	private final RestClient client;

	BlogApi(String baseUrl) {
		this.baseUrl = baseUrl;
		this.client = RestClient.create();
	}

	Reply get(String path) {
		return exchange(this.client.get().uri(uri(path)));
	}

	Reply post(String path, Object body) {
		return exchange(this.client.post().uri(uri(path)).contentType(MediaType.APPLICATION_JSON).body(body));
	}

	Reply put(String path, Object body) {
		return exchange(this.client.put().uri(uri(path)).contentType(MediaType.APPLICATION_JSON).body(body));
	}

	Reply delete(String path) {
		return exchange(this.client.delete().uri(uri(path)));
	}

	/**
	 * Send a request exactly as given: the body (text as it is, other objects as JSON) with
	 * the headers, and no {@code Accept} header unless given.
	 * @param method the method
	 * @param path the path, query included, encoded as it should be sent
	 * @param headers the headers, such as {@code Accept} and {@code Content-Type}
	 * @param body the body, {@code null} for none
	 * @return the answer
	 */
	Reply send(HttpMethod method, String path, Map<String, String> headers, Object body) {
		RestClient.RequestBodySpec request = this.client.method(method).uri(uri(path));
		headers.forEach(request::header);
		if (body != null) {
			request.body(body);
		}
		return request.exchange((req, response) -> {
			byte[] content = StreamUtils.copyToByteArray(response.getBody());
			return new Reply(response.getStatusCode().value(), response.getHeaders(), json(response.getHeaders(), content));
		});
	}

	long createAuthor(String name) {
		return post("/api/authors", Map.of("name", name)).json().get("id").asLong();
	}

	Reply createArticle(long authorId, String title, String body, List<String> tags) {
		return post("/api/articles", Map.of("authorId", authorId, "title", title, "body", body, "tags", tags));
	}

	/**
	 * The address of a path as it is written, percent escapes included: nothing is encoded
	 * again, so tests can send exactly what a hostile client would.
	 */
	private URI uri(String path) {
		return URI.create(this.baseUrl + path);
	}

	private static Reply exchange(RestClient.RequestHeadersSpec<?> request) {
		return request.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
			.exchange((req, response) -> {
				byte[] content = StreamUtils.copyToByteArray(response.getBody());
				return new Reply(response.getStatusCode().value(), response.getHeaders(),
						json(response.getHeaders(), content));
			});
	}

	private static JsonNode json(HttpHeaders headers, byte[] content) {
		MediaType type = headers.getContentType();
		if (content.length == 0 || type == null || !type.getSubtype().endsWith("json")) {
			return null;
		}
		return json.readTree(new String(content, StandardCharsets.UTF_8));
	}

	/**
	 * An answer: its status, headers and JSON body ({@code null} when empty or not JSON).
	 *
	 * @param status the HTTP status code
	 * @param headers the headers
	 * @param json the body
	 */
	record Reply(int status, HttpHeaders headers, JsonNode json) {

		/**
		 * The content type without parameters.
		 * @return the type, such as {@code application/problem+json}
		 */
		String contentType() {
			MediaType type = this.headers.getContentType();
			return (type != null) ? type.getType() + "/" + type.getSubtype() : null;
		}

		/**
		 * A text field of the body.
		 * @param field the field
		 * @return its value, {@code null} when absent
		 */
		String text(String field) {
			JsonNode value = (this.json != null) ? this.json.get(field) : null;
			return (value != null && !value.isNull()) ? value.asString() : null;
		}

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
			if (array != null) {
				array.forEach((element) -> values.add(element.get(field).asString()));
			}
			return values;
		}

	}

}
