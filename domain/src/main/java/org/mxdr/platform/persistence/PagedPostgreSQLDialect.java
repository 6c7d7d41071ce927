package org.mxdr.platform.persistence;

import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.dialect.PostgreSQLSqlAstTranslator;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.sql.ast.SqlAstTranslator;
import org.hibernate.sql.ast.SqlAstTranslatorFactory;
import org.hibernate.sql.ast.spi.StandardSqlAstTranslatorFactory;
import org.hibernate.sql.ast.tree.Statement;
import org.hibernate.sql.ast.tree.expression.Expression;
import org.hibernate.sql.exec.spi.JdbcOperation;

/**
 * PostgreSQL with the row limit and offset of a paged query written into its SQL instead of bound.
 * PostgreSQL plans a prepared statement with a bound LIMIT anew on every call: its generic plan,
 * costed for an unknown limit, never beats the custom one, and planning a queue page over the
 * incident table's indexes took three times as long as reading the page. With the numbers written
 * in, each page size is its own statement and keeps one generic plan. Page sizes are bounded
 * ({@code PageSize}), so the statements stay few. The price: Hibernate keeps one translation of
 * each query and translates it again when the numbers change (a numbered page, another size),
 * which costs less than the planning it saves on every call.
 */
public class PagedPostgreSQLDialect extends PostgreSQLDialect {

    public PagedPostgreSQLDialect(DialectResolutionInfo info) {
        super(info);
    }

    @Override
    public SqlAstTranslatorFactory getSqlAstTranslatorFactory() {
        return new StandardSqlAstTranslatorFactory() {
            @Override
            protected <T extends JdbcOperation> SqlAstTranslator<T> buildTranslator(SessionFactoryImplementor factory, Statement statement) {
                return new PostgreSQLSqlAstTranslator<>(factory, statement) {
                    @Override
                    protected void renderFetchExpression(Expression limit) {
                        renderExpressionAsLiteral(limit, getJdbcParameterBindings());
                    }

                    @Override
                    protected void renderOffsetExpression(Expression offset) {
                        renderExpressionAsLiteral(offset, getJdbcParameterBindings());
                    }
                };
            }
        };
    }
}
