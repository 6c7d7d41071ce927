package org.mxdr.testing;

/**
 * An in-container set-up that every test of a class uses and that costs to make (each user costs
 * a password hash): {@link OncePerClass} makes it at the class's first test and hands the same
 * one to the others. Tests that change it change only what they made themselves.
 */
public interface ClassFixture {
    void make() throws Exception;
}
