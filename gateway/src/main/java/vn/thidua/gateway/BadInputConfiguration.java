package vn.thidua.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.WebFilterChainProxy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;
import reactor.netty.NettyPipeline;
import vn.thidua.shared.error.ProblemFactory;

/** The gateway's own refusals of malformed requests as problem+json (see {@link MalformedRequestHandler}). */
@Configuration(proxyBeanMethods = false)
class BadInputConfiguration {

    private static final Logger log = LoggerFactory.getLogger(BadInputConfiguration.class);

    @Bean
    NettyServerCustomizer malformedRequestsAsProblems(ProblemFactory problems) {
        // At channel initialisation, after Reactor Netty's own handlers: doOnConnection fires only once the first
        // request was decoded and handed on, too late to refuse it.
        return server -> server.doOnChannelInit((observer, channel, remoteAddress) -> {
            var pipeline = channel.pipeline();
            if (pipeline.get(MalformedRequestHandler.NAME) != null) {
                return;
            }
            if (pipeline.get(NettyPipeline.HttpCodec) != null) {
                pipeline.addAfter(NettyPipeline.HttpCodec, MalformedRequestHandler.NAME,
                        new MalformedRequestHandler(problems));
            } else {
                log.warn("No HTTP codec in the connection's pipeline {}: malformed requests keep Netty's answers",
                        pipeline.names());
            }
        });
    }

    /**
     * Spring Security's firewall refuses some well-formed but suspicious paths (a {@code ;}, {@code //}, an encoded
     * {@code /} or {@code .}) with an empty 400: answered as a problem instead.
     */
    @Bean
    static BeanPostProcessor firewallRejectionsAsProblems(ObjectProvider<Problems> problems) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof WebFilterChainProxy proxy) {
                    // The body is read (and dropped) first: an answer sent before it closed the connection with
                    // unread bytes, and the client got a reset instead of the problem.
                    proxy.setExchangeRejectedHandler((exchange, rejected) -> exchange.getRequest().getBody()
                            .doOnNext(DataBufferUtils::release)
                            .then(Mono.defer(() -> problems.getObject()
                                    .write(exchange, HttpStatus.BAD_REQUEST, "bad-request"))));
                }
                return bean;
            }
        };
    }
}
