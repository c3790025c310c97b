import { graphql } from '../../generated/index.js';

export const LOGIN = graphql(`
  mutation ExplorerLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token expiresAt roles } }
`);

export const LOGOUT = graphql(`
  mutation ExplorerLogout { logout }
`);

export const CHANGE_PASSWORD = graphql(`
  mutation ExplorerChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { token expiresAt roles }
  }
`);
