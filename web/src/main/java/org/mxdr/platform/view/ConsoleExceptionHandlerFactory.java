package org.mxdr.platform.view;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

public class ConsoleExceptionHandlerFactory extends ExceptionHandlerFactory {

    public ConsoleExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ConsoleExceptionHandler(getWrapped().getExceptionHandler());
    }
}
