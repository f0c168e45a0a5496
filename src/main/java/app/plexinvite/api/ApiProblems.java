package app.plexinvite.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import app.plexinvite.api.ApiProblem.FieldProblem;

/**
 * Every error under {@code /api/v1} as an RFC 9457 problem
 * ({@code application/problem+json}): type, title, status, detail, instance, and for bad
 * input an {@code errors} list of fields. It runs before Spring MVC's own resolvers, only
 * for API paths (the owner's pages keep their error pages), so unknown paths (404), wrong
 * methods (405) and media types (415) are problems too. Exception texts never reach the
 * caller; an unexpected one is logged once and answered with a plain 500.
 */
@Component
class ApiProblems implements HandlerExceptionResolver, Ordered {

	static final String TYPE_PREFIX = "urn:plex-invite:problem:";

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	private final JsonMapper json;

	ApiProblems(JsonMapper json) {
		this.json = json;
	}

	static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/api/v1") || path.startsWith("/api/v1/");
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!isApi(request) || response.isCommitted()) {
			return null;
		}
		HttpHeaders headers = new HttpHeaders();
		ApiProblem problem = translate(request, ex, headers);
		try {
			write(request, response, problem, headers);
		}
		catch (IOException io) {
			log.debug("Could not write a problem to {}: {}", request.getRequestURI(), io.getMessage());
		}
		return new ModelAndView();
	}

	/** Writes the problem as the whole answer. */
	void write(HttpServletRequest request, HttpServletResponse response, ApiProblem problem, HttpHeaders headers)
			throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", TYPE_PREFIX + problem.type());
		body.put("title", problem.status().getReasonPhrase());
		body.put("status", problem.status().value());
		body.put("detail", problem.getMessage());
		body.put("instance", request.getRequestURI());
		if (!problem.errors().isEmpty()) {
			body.put("errors", problem.errors());
		}
		response.resetBuffer();
		response.setStatus(problem.status().value());
		headers.forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(this.json.writeValueAsBytes(body));
		response.flushBuffer();
	}

	private static ApiProblem translate(HttpServletRequest request, Exception ex, HttpHeaders headers) {
		return switch (ex) {
			case ApiProblem problem -> problem;
			case MethodArgumentNotValidException invalid -> validation(invalid.getBindingResult()
				.getFieldErrors()
				.stream()
				.map((error) -> new FieldProblem(error.getField(), error.getDefaultMessage()))
				.toList());
			case HandlerMethodValidationException invalid -> validation(invalid.getParameterValidationResults()
				.stream()
				.flatMap((result) -> result.getResolvableErrors()
					.stream()
					.map((error) -> new FieldProblem(result.getMethodParameter().getParameterName(),
							error.getDefaultMessage())))
				.toList());
			case MethodArgumentTypeMismatchException mismatch -> badRequest("A parameter has the wrong type.",
					List.of(new FieldProblem(mismatch.getName(),
							"must be " + ((mismatch.getRequiredType() != null)
									? mismatch.getRequiredType().getSimpleName().toLowerCase(java.util.Locale.ROOT)
									: "another type"))));
			case MissingServletRequestParameterException missing -> badRequest("A parameter is missing.",
					List.of(new FieldProblem(missing.getParameterName(), "is required")));
			case HttpMessageNotReadableException unreadable ->
				badRequest("The body is not JSON of the expected shape; see errors when a field is named.",
						unreadableField(unreadable));
			case ErrorResponse framework -> {
				headers.addAll(framework.getHeaders());
				yield framework(HttpStatus.valueOf(framework.getStatusCode().value()));
			}
			default -> {
				log.error("API call {} {} failed", request.getMethod(), request.getRequestURI(), ex);
				yield new ApiProblem(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
						"Something went wrong on the server; it is logged.", List.of());
			}
		};
	}

	private static ApiProblem validation(List<FieldProblem> errors) {
		return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "validation", "Some fields are not valid; see errors.",
				errors);
	}

	private static ApiProblem badRequest(String detail, List<FieldProblem> errors) {
		return new ApiProblem(HttpStatus.BAD_REQUEST, "bad-request", detail, errors);
	}

	private static List<FieldProblem> unreadableField(HttpMessageNotReadableException ex) {
		if (ex.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			String field = databind.getPath()
				.stream()
				.map((reference) -> (reference.getPropertyName() != null) ? reference.getPropertyName()
						: String.valueOf(reference.getIndex()))
				.collect(Collectors.joining("."));
			return List.of(new FieldProblem(field, "has the wrong type or format"));
		}
		return new ArrayList<>();
	}

	private static ApiProblem framework(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> ApiProblem.notFound("There is no such API path; see /api/docs.");
			case METHOD_NOT_ALLOWED -> new ApiProblem(status, "method-not-allowed",
					"This path does not take that method; the Allow header lists those it takes.", List.of());
			case UNSUPPORTED_MEDIA_TYPE ->
				new ApiProblem(status, "unsupported-media-type", "Send the body as application/json.", List.of());
			case NOT_ACCEPTABLE -> new ApiProblem(status, "not-acceptable",
					"The API answers application/json (problems as application/problem+json).", List.of());
			default -> new ApiProblem(status, "bad-request", "The request is not valid.", List.of());
		};
	}

}
