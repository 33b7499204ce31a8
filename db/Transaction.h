#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "common/Result.h"

namespace wf::db {

/// One write transaction (BEGIN IMMEDIATE: the write lock is taken up front, so a busy cache
/// waits at the start, not half-way). Rolls back unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db))
    {
        QSqlQuery q(m_db);
        m_open = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_open)
            m_error = q.lastError().text();
    }
    ~Transaction()
    {
        if (m_open) {
            QSqlQuery q(m_db);
            q.exec(QStringLiteral("ROLLBACK"));
        }
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isOpen() const { return m_open; }
    [[nodiscard]] Result<void> begun() const
    {
        if (m_open)
            return {};
        return fail(Error::Code::QueryFailed, m_error, QStringLiteral("begin transaction"));
    }
    [[nodiscard]] Result<void> commit()
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("COMMIT")))
            return fail(Error::Code::QueryFailed, q.lastError().text(), QStringLiteral("commit"));
        m_open = false;
        return {};
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
    QString m_error;
};

/// Runs `steps` (callables returning a Result) in one write transaction, in order: the first
/// failure rolls everything back and is returned; otherwise the transaction is committed.
template <typename... Steps>
[[nodiscard]] Result<void> inTransaction(QSqlDatabase db, Steps&&... steps)
{
    Transaction tx(std::move(db));
    return inOrder(
        [&] {
            return tx.begun();
        },
        std::forward<Steps>(steps)...,
        [&] {
            return tx.commit();
        });
}

} // namespace wf::db
