import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "The contact a team publishes on a job's status pages: free text set on the job, never a member's account." })
export class JobContact {
  @Field() name: string;
  @Field() email: string;
}

/** The job's contact, when it has one (its two columns are set together or not at all). */
export function jobContact(job: { contactName: string | null; contactEmail: string | null }): JobContact | null {
  return job.contactName !== null && job.contactEmail !== null ? { name: job.contactName, email: job.contactEmail } : null;
}
