package dev.signals.sample.api;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * What an endpoint expects as its JSON body, for people: made from the fields of its
 * {@code @RequestBody} type, such as {@code {"tags": [string, …]}}, optional fields marked.
 */
final class ExpectedBody {

	private ExpectedBody() {
	}

	/**
	 * The body that the endpoint handling a request expects.
	 * @param request the request
	 * @return the description, empty when the request has no endpoint with a body
	 */
	static Optional<String> of(HttpServletRequest request) {
		if (!(request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler)) {
			return Optional.empty();
		}
		for (MethodParameter parameter : handler.getMethodParameters()) {
			if (parameter.hasParameterAnnotation(RequestBody.class)) {
				return Optional.of(describe(parameter.getParameterType()));
			}
		}
		return Optional.empty();
	}

	private static String describe(Class<?> type) {
		List<String> fields = new ArrayList<>();
		for (Field field : type.getDeclaredFields()) {
			if (!Modifier.isStatic(field.getModifiers())) {
				fields.add("\"" + field.getName() + "\": " + json(field.getGenericType())
						+ (required(field) ? "" : " (optional)"));
			}
		}
		return "{" + String.join(", ", fields) + "}";
	}

	private static boolean required(Field field) {
		return field.isAnnotationPresent(NotNull.class) || field.isAnnotationPresent(NotBlank.class)
				|| field.isAnnotationPresent(NotEmpty.class);
	}

	private static String json(Type type) {
		if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw
				&& Collection.class.isAssignableFrom(raw)) {
			return "[" + json(parameterized.getActualTypeArguments()[0]) + ", …]";
		}
		if (type == String.class) {
			return "string";
		}
		if (type == Long.class || type == Integer.class || type == long.class || type == int.class) {
			return "integer";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "boolean";
		}
		return "object";
	}

}
