import { graphql } from '../../../generated';

/** Who is signed in; UNAUTHENTICATED when nobody is (the session cookie is HttpOnly). */
export const MeQuery = graphql(`
  query Me {
    me {
      member {
        id
        name
        email
        role
        twoFactorEnabled
      }
      organization {
        id
        name
        timeZone
        requireTwoFactor
      }
    }
  }
`);

// The API sets the session cookie; the portal never reads or stores the token itself.
export const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      expiresAt
    }
  }
`);

export const LogInMutation = graphql(`
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) {
      expiresAt
    }
  }
`);

export const LogOutMutation = graphql(`
  mutation LogOut {
    logOut
  }
`);

/** The same answer whether or not the address has an account. */
export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);
