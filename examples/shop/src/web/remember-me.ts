/** Browser code: remembers the last email used on the login form. */
export function rememberLogin(email: string) {
  localStorage.setItem('lastEmail', email);
}
