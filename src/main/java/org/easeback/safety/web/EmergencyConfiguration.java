package org.easeback.safety.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Reads the deployment's emergency numbers ({@link EmergencyNumbers}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmergencyNumbers.class)
class EmergencyConfiguration {

}
