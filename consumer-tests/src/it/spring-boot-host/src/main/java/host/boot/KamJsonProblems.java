package host.boot;

import dev.kamkit.json.format.KamJsonException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A request body kamkit cannot read, as an RFC 9457 problem detail that lists every problem with
 * its JSON Pointer.
 *
 * <p>Without this advice Spring MVC still answers 400, since {@link KamJsonException} is a Jackson
 * read exception (the message converter wraps it in {@code HttpMessageNotReadableException}), but
 * says nothing of what is wrong: {@code DefaultHandlerExceptionResolver} only sets the status, so
 * the body is empty (Boot's error page then shows "Bad Request" without the message), and with
 * {@code spring.mvc.problemdetails.enabled} the detail is "Failed to read request". A client fixing
 * its export needs every problem at once, so the host passes them on. Spring matches the handler
 * against the wrapped cause, so it names {@code KamJsonException} itself.
 *
 * <p>First in order: with {@code spring.mvc.problemdetails.enabled}, Boot's own handler answers
 * every {@code HttpMessageNotReadableException} and, advice by advice, would be asked first; other
 * unreadable bodies still reach it.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice
class KamJsonProblems {
  @ExceptionHandler(KamJsonException.class)
  ProblemDetail unreadableDocument(KamJsonException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, e.problems().size() + " problem(s) in the kamkit document");
    problem.setTitle("Unreadable kamkit document");
    // each as {"kind", "pointer", "expected", "found"}, in document order
    problem.setProperty("problems", e.problems());
    problem.setProperty("truncated", e.truncated());
    return problem;
  }
}
