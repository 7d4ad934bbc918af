import { type ChangeEvent, useId, useState } from 'react';
import { useMutation } from 'urql';
import { MEMBER_ROLES, type MemberRole } from '@candor/domain';
import { toFormErrors } from '../../../shared/graphql-errors';
import { ChangeMemberRoleMutation } from '../graphql/settings.graphql';
import { ROLE_WORDS } from './role-words';

/** An admin's control for one member's role: saved on change, the API's reason shown when refused. */
export function MemberRoleSelect({ member }: { member: { id: string; name: string; role: MemberRole } }) {
  const [{ fetching }, changeRole] = useMutation(ChangeMemberRoleMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const errorId = useId();

  async function onChange(event: ChangeEvent<HTMLSelectElement>) {
    const role = event.target.value as MemberRole;
    setProblem(null);
    setSaved(null);
    const result = await changeRole({ input: { memberId: member.id, role } });
    if (result.error) {
      const errors = toFormErrors(result.error, { role: 'Role' });
      setProblem(errors.fields.role ?? errors.form);
    }
    else setSaved(`${member.name} is now ${ROLE_WORDS[role].toLowerCase()}.`);
  }

  return (
    <span className="member-list__role">
      <select
        className="input member-list__select"
        aria-label={`Role of ${member.name}`}
        value={member.role}
        onChange={onChange}
        disabled={fetching}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? errorId : undefined}
      >
        {MEMBER_ROLES.map((role) => (
          <option key={role} value={role}>
            {ROLE_WORDS[role]}
          </option>
        ))}
      </select>
      {problem && (
        <span id={errorId} className="field__error" role="alert">
          {problem}
        </span>
      )}
      {saved && (
        <span className="visually-hidden" role="status">
          {saved}
        </span>
      )}
    </span>
  );
}
