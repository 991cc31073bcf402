package vn.thidua.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.netty.NettyPipeline;
import vn.thidua.shared.error.ProblemFactory;

/** The gateway's own refusals of malformed requests as problem+json (see {@link MalformedRequestHandler}). */
@Configuration(proxyBeanMethods = false)
class BadInputConfiguration {

    private static final Logger log = LoggerFactory.getLogger(BadInputConfiguration.class);

    @Bean
    NettyServerCustomizer malformedRequestsAsProblems(ProblemFactory problems) {
        return server -> server.doOnConnection(connection -> {
            var pipeline = connection.channel().pipeline();
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
}
