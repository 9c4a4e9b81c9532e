import { Sun } from './Sun'

/** The small mark in the admin's top bar. */
export default function Icon() {
  return <Sun size={26} />
}
