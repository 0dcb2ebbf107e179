"""Steps of a proposal's path, through the service contract."""

from __future__ import annotations

from datetime import date

from unionoffice.congress import contract as congress

SUBMITTED = date(2026, 3, 10)


def collect(services, session_id, proposer_id, title="关于改善倒班宿舍条件的提案", cosigners=()):
    return services.call(
        congress.SAVE_PROPOSAL,
        congress.ProposalInput(
            session_id=session_id,
            proposer_id=proposer_id,
            cosigner_ids=list(cosigners),
            category="life",
            title=title,
            text="倒班宿舍空调老化，夏季影响休息。",
            submitted_on=SUBMITTED,
        ),
    )


def accept_and_assign(office, saved, due=date(2026, 6, 30)):
    v = office.call(
        congress.REVIEW_PROPOSAL,
        congress.ReviewInput(
            proposal_id=saved.id,
            version=saved.version,
            decision="accept",
            reason="",
            reviewed_on=date(2026, 3, 20),
        ),
    ).version
    return office.call(
        congress.ASSIGN_PROPOSAL,
        congress.AssignInput(
            proposal_id=saved.id,
            version=v,
            department="后勤服务中心",
            assigned_on=date(2026, 3, 25),
            due_on=due,
        ),
    )


def reply_and_close(office, saved, replied=date(2026, 5, 20), closed=date(2026, 5, 28)):
    v = office.call(
        congress.REPLY_PROPOSAL,
        congress.ReplyInput(
            proposal_id=saved.id, version=saved.version, reply="已更换空调。", replied_on=replied
        ),
    ).version
    return office.call(
        congress.CLOSE_PROPOSAL,
        congress.CloseInput(proposal_id=saved.id, version=v, satisfaction="satisfied", closed_on=closed),
    )
