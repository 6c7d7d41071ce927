package org.mxdr.response.control;

import org.mxdr.response.entity.ResponseAction;

/** Has the detection platform execute a response action the experts may run. */
public interface ResponseExecutor {

    /** Hands the action over, in the caller's transaction; the platform reports its outcome later. */
    void execute(ResponseAction action);
}
