import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Role } from './session.js';

export const LOGIN: TypedDocumentNode<{ login: { token: string; expiresAt: string; roles: Role[] } }, { email: string; password: string }> = gql`
  mutation ExplorerLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token expiresAt roles } }
`;

export const LOGOUT: TypedDocumentNode<{ logout: boolean }> = gql`
  mutation ExplorerLogout { logout }
`;

export const CHANGE_PASSWORD: TypedDocumentNode<{ changePassword: { token: string; expiresAt: string; roles: Role[] } }, { currentPassword: string; newPassword: string }> = gql`
  mutation ExplorerChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { token expiresAt roles }
  }
`;
