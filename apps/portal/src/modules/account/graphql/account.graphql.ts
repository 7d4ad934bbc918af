import { graphql } from '../../../generated';

export const AccountQuery = graphql(`
  query Account {
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
        requireTwoFactor
      }
    }
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

export const BeginTwoFactorSetupMutation = graphql(`
  mutation BeginTwoFactorSetup {
    beginTwoFactorSetup {
      secret
      uri
      qrCode
    }
  }
`);

export const ConfirmTwoFactorSetupMutation = graphql(`
  mutation ConfirmTwoFactorSetup($input: TwoFactorCodeInput!) {
    confirmTwoFactorSetup(input: $input)
  }
`);

export const RegenerateRecoveryCodesMutation = graphql(`
  mutation RegenerateRecoveryCodes($input: TwoFactorCodeInput!) {
    regenerateRecoveryCodes(input: $input)
  }
`);

export const DisableTwoFactorMutation = graphql(`
  mutation DisableTwoFactor($input: DisableTwoFactorInput!) {
    disableTwoFactor(input: $input)
  }
`);
