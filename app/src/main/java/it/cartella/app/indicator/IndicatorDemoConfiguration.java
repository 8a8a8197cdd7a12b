package it.cartella.app.indicator;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** In demo mode, the case histories behind the shipped indicators, loaded after the demo cases. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "cartella.demo", havingValue = "true")
class IndicatorDemoConfiguration {

    @Bean
    @Order(200)
    IndicatorDemoData indicatorDemoData(CommandGateway commandGateway) {
        return new IndicatorDemoData(commandGateway);
    }
}
