import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Role } from './session.js';

export const LOGIN: TypedDocumentNode<{ login: { token: string; expiresAt: string; roles: Role[] } }, { email: string; password: string }> = gql`
  mutation ExplorerLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token expiresAt roles } }
`;

export const LOGOUT: TypedDocumentNode<{ logout: boolean }> = gql`
  mutation ExplorerLogout { logout }
`;
