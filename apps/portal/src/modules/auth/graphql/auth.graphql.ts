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
      }
      organization {
        id
        name
        timeZone
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
