package vn.thidua.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import vn.thidua.shared.error.ProblemFactory;

/** Bodies above the ceiling get 413 problem+json before anything reads them; smaller ones pass whole. */
class RequestBodyLimitFilterTest {

    static final int MAX = 1024;

    final RequestBodyLimitFilter filter = new RequestBodyLimitFilter(MAX, problems());

    static ProblemFactory problems() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("thidua-problems");
        messages.setDefaultEncoding("UTF-8");
        return new ProblemFactory(messages);
    }

    static MockHttpServletRequest post(int bytes, boolean chunked, String contentType) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/dossiers");
        request.setContentType(contentType);
        request.setContent("x".repeat(bytes).getBytes(StandardCharsets.UTF_8));
        if (chunked) {
            // MockHttpServletRequest reports the content's length; a chunked request has none.
            request = new MockHttpServletRequest("POST", "/api/v1/dossiers") {
                @Override
                public long getContentLengthLong() {
                    return -1;
                }

                @Override
                public int getContentLength() {
                    return -1;
                }
            };
            request.setContentType(contentType);
            request.setContent("x".repeat(bytes).getBytes(StandardCharsets.UTF_8));
            request.addHeader("Transfer-Encoding", "chunked");
        }
        request.addHeader("Accept-Language", "en");
        return request;
    }

    @Test
    void aDeclaredLengthAboveTheCeilingIs413ProblemAndNothingRunsBehindIt() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(post(MAX + 1, false, "application/json"), response, chain);
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("request-too-large").contains("1 KB");
        assertThat(chain.getRequest()).as("the service never saw it").isNull();
    }

    @Test
    void aChunkedBodyGrowingPastTheCeilingIs413_andOneWithinItReachesTheServiceWhole() throws Exception {
        MockHttpServletResponse over = new MockHttpServletResponse();
        MockFilterChain overChain = new MockFilterChain();
        filter.doFilter(post(MAX + 1, true, "application/json"), over, overChain);
        assertThat(over.getStatus()).isEqualTo(413);
        assertThat(overChain.getRequest()).isNull();

        MockHttpServletResponse ok = new MockHttpServletResponse();
        MockFilterChain okChain = new MockFilterChain();
        filter.doFilter(post(MAX, true, "application/json"), ok, okChain);
        assertThat(ok.getStatus()).isEqualTo(200);
        assertThat(okChain.getRequest().getInputStream().readAllBytes()).hasSize(MAX);
    }

    @Test
    void withinTheCeilingAndFileUploadsPass() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(post(MAX, false, "application/json"), new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isNotNull();
        MockFilterChain upload = new MockFilterChain();
        filter.doFilter(post(MAX * 4, false, "multipart/form-data; boundary=b"), new MockHttpServletResponse(), upload);
        assertThat(upload.getRequest()).as("multipart has its own limits per service").isNotNull();
    }
}
